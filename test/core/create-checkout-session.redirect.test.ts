import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type CheckoutError, createCheckoutSession } from '../../src/index';
import { expectCheckoutWarnings } from '../setup-dom';

// Failed checkouts log a development warning each: collected here, checked in the dev-warning tests.
expectCheckoutWarnings();

// Real loopback servers, no MSW: what a real fetch does with a redirect is the point.
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(
  handle: (
    request: IncomingMessage,
    respond: (status: number, headers: object, body?: string) => void,
  ) => void,
) {
  const server = createServer((request, response) =>
    handle(request, (status, headers, body) => {
      response.writeHead(status, headers as Record<string, string>);
      response.end(body);
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the POST to the route never follows a redirect', () => {
  it.each([301, 302, 303, 307, 308])(
    '%i to another origin → invalid_response, nothing re-sent there',
    async (status) => {
      const received: { method?: string; secret?: string | string[] }[] = [];
      const collector = await listen((request, respond) => {
        received.push({ method: request.method, secret: request.headers['x-secret'] });
        respond(
          200,
          { 'content-type': 'application/json' },
          JSON.stringify({ url: 'https://app.flowglad.com/checkout/x' }),
        );
      });
      const route = await listen((_request, respond) =>
        respond(status, { location: `${collector}/collect` }),
      );
      const error = await createCheckoutSession(
        { priceId: 'price_1' },
        { endpoint: `${route}/api/checkout-sessions`, headers: { 'x-secret': 's3cret' } },
      ).then(
        () => expect.unreachable('expected a CheckoutError'),
        (failure: CheckoutError) => failure,
      );
      expect(error.code).toBe('invalid_response');
      expect(error.status).toBe(status);
      expect(error.message).toContain('redirect');
      expect(received).toEqual([]);
    },
  );
});
