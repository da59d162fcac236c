import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCheckoutError } from '../../src';
import {
  type CheckoutSessionHandlerOptions,
  createCheckoutSessionHandler,
  getNodeRequest,
  toNodeHandler,
} from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { handlerFor, post, ROUTE, read, SERVER_SHOPPER, SHOP, serve, validSession } from './helpers';

const standIn = await startFlowgladStandIn({ customers: [SERVER_SHOPPER] });
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  standIn.latencyMs = 0;
});

const TOO_MANY = {
  code: 'rate_limited',
  message: 'Too many checkout attempts. Please wait a moment and try again.',
};
const getCustomer = vi.fn(() => SERVER_SHOPPER);
const make = (options: Partial<CheckoutSessionHandlerOptions>) =>
  handlerFor(standIn, { getCustomer, ...options });
const apiCalls = () => standIn.apiRequests().map((request) => `${request.method} ${request.path}`);
/** Buys once and returns the cookie header the browser would send back. */
async function buy(handler: (request: Request) => Promise<Response>) {
  const response = await handler(post({ checkoutSession: validSession() }));
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const { url } = (await response.json()) as { url: string };
  return { cookie, url };
}
const confirm = (handler: (request: Request) => Promise<Response>, cookie: string) =>
  handler(new Request(ROUTE, { headers: { cookie } }));

describe('rateLimit(request, { method, input })', () => {
  it('false on a POST: 429 rate_limited with Retry-After, before getCustomer, nothing sent to Flowglad', async () => {
    getCustomer.mockClear();
    const rateLimit = vi.fn(() => false);
    const onError = vi.fn();
    const answer = await read(await make({ rateLimit, onError })(post({ checkoutSession: validSession() })));
    expect([answer.status, answer.body.error, answer.headers.get('retry-after')]).toEqual([
      429,
      TOO_MANY,
      '60',
    ]);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(rateLimit).toHaveBeenCalledWith(expect.any(Request), {
      method: 'POST',
      input: { ...validSession(), successUrl: `${SHOP}/thanks`, cancelUrl: `${SHOP}/cart` },
    });
    expect(getCustomer).not.toHaveBeenCalled();
    expect(apiCalls()).toEqual([]);
    expect(onError).not.toHaveBeenCalled(); // the shop's own decision, not an error
  });

  it('false on a GET (and for getCheckoutSession): 429, no Flowglad call; true lets both through', async () => {
    let allow = true;
    const rateLimit = vi.fn(async () => allow);
    const handler = make({ rateLimit });
    const { cookie } = await buy(handler);
    expect((await confirm(handler, cookie)).status).toBe(200);
    allow = false;
    standIn.requests.length = 0;
    const limited = await read(await confirm(handler, cookie));
    expect([limited.status, limited.body.error, limited.headers.get('retry-after')]).toEqual([
      429,
      TOO_MANY,
      '60',
    ]);
    expect(rateLimit).toHaveBeenLastCalledWith(expect.any(Request), { method: 'GET' });
    const page = await handler
      .getCheckoutSession(new Request(`${SHOP}/thanks`, { headers: { cookie } }))
      .catch((error: unknown) => error);
    expect(isCheckoutError(page) && [page.status, page.routeCode]).toEqual([429, 'rate_limited']);
    expect(apiCalls()).toEqual([]);
  });

  it('a rateLimit that throws or rejects is a 500 internal_error, reported at stage rate_limit', async () => {
    for (const rateLimit of [
      () => {
        throw new Error('redis down');
      },
      () => Promise.reject(new Error('redis down')),
    ]) {
      const onError = vi.fn();
      const answer = await read(
        await make({ rateLimit, onError })(post({ checkoutSession: validSession() })),
      );
      expect([answer.status, answer.body.error?.code]).toEqual([500, 'internal_error']);
      expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'rate_limit', status: 500 });
    }
    expect(apiCalls()).toEqual([]);
  });

  it('must be a function', () => {
    expect(() => make({ rateLimit: 5 as never })).toThrow(/rateLimit must be a function/);
  });

  it('the README recipe (rate-limiter-flexible, per client address) under Node http: the third POST in a minute is 429', async () => {
    // 2 checkouts a minute per client address here; the README says 10.
    const limiter = new RateLimiterMemory({ points: 2, duration: 60 });
    const handler = createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      appOrigins: [SHOP],
      getCustomer: () => SERVER_SHOPPER,
      rateLimit: async (request, { method }) => {
        if (method === 'GET') return true;
        const client = getNodeRequest<IncomingMessage>(request)?.socket.remoteAddress ?? 'unknown';
        return limiter.consume(client).then(
          () => true,
          () => false,
        );
      },
    });
    const server = await serve(toNodeHandler(handler));
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${server.url}/api/checkout-sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ checkoutSession: validSession() }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(standIn.sessions.size).toBe(2);
    } finally {
      await server.close();
    }
  });
});

describe('reads of one session share one call to Flowglad', () => {
  it('20 concurrent GETs for one cookie cost one Flowglad call, and each gets the answer', async () => {
    const handler = make({});
    const { cookie } = await buy(handler);
    standIn.requests.length = 0;
    standIn.latencyMs = 30;
    const answers = await Promise.all(Array.from({ length: 20 }, () => confirm(handler, cookie).then(read)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(apiCalls()).toHaveLength(1);
  });

  it('an open session is asked again on the next read (a thanks page polls); a paid one is not', async () => {
    const handler = make({});
    const { cookie, url } = await buy(handler);
    standIn.requests.length = 0;
    await confirm(handler, cookie);
    await confirm(handler, cookie);
    expect(apiCalls()).toHaveLength(2);
    await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
    standIn.requests.length = 0;
    for (let i = 0; i < 5; i++) {
      const answer = await read(await confirm(handler, cookie));
      expect(answer.body.checkoutSession).toMatchObject({ status: 'succeeded' });
    }
    expect(apiCalls()).toHaveLength(1);
  });

  it('a reader who leaves does not cancel the read for the others', async () => {
    const handler = make({});
    const { cookie } = await buy(handler);
    standIn.requests.length = 0;
    standIn.latencyMs = 50;
    const leaving = new AbortController();
    const first = handler(new Request(ROUTE, { headers: { cookie }, signal: leaving.signal }));
    const second = confirm(handler, cookie);
    await vi.waitFor(() => expect(standIn.requests.length).toBe(1));
    leaving.abort();
    await first;
    expect((await read(await second)).body.checkoutSession).toMatchObject({ status: 'open' });
    expect(apiCalls()).toHaveLength(1);
  });
});
