import { toNodeHandler } from '../server/to-node-handler';
import { flowgladResponses } from './flowglad-shapes';
import { handleHostedPage } from './hosted-pages';
import { handleStandInApi } from './stand-in-api';
import { createStandInState, newId } from './stand-in-state';
import type { FlowgladStandIn, FlowgladStandInOptions, RecordedRequest } from './types';

const parseBody = (text: string): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * Starts a Flowglad stand-in: a real HTTP server on 127.0.0.1 that answers
 * `POST /api/v1/checkout-sessions`, `GET /api/v1/checkout-sessions/{id}`,
 * `GET /api/v1/customers/{externalId}`, `POST /api/v1/customers` and
 * `POST /api/v1/customers/{externalId}/archive` as Flowglad's server was recorded answering — its
 * validation, its business rules in its words (refused with 500 by default, see `refusalStatus`), its
 * error bodies (plain-text 401 included), an `X-Request-Id` on every answer — checking the secret key
 * (`Authorization: <key>` or `Bearer <key>`). Checkout URLs point at its hosted pages, checked in the
 * order Flowglad's are (a paid subscriber sent back to `successUrl`, a finished session through
 * `/purchase/post-payment`, a 500 page where Flowglad's throws), whose Pay button settles the session
 * (succeeded, or as queued with `queuePaymentOutcome`) and goes to `successUrl`.
 * It records every request, so tests can count calls and check what was sent. Node only (it loads
 * `node:http` when called); the rest of this entry also loads in browsers.
 *
 * @example
 * ```ts
 * import { startFlowgladStandIn } from 'react-flowglad-checkout/testing';
 * const standIn = await startFlowgladStandIn();
 * const POST = createCheckoutSessionHandler({ apiKey: standIn.apiKey, baseUrl: standIn.url, getCustomer });
 * // … after the test:
 * expect(standIn.apiRequests()).toHaveLength(3);
 * await standIn.close();
 * ```
 */
export async function startFlowgladStandIn(options: FlowgladStandInOptions = {}): Promise<FlowgladStandIn> {
  const state = createStandInState(options);
  const requests: RecordedRequest[] = [];

  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = await request.text();
    const record: RecordedRequest = {
      method: request.method,
      path: url.pathname + url.search,
      headers: Object.fromEntries(request.headers),
      body: parseBody(text),
    };
    requests.push(record);
    const latency = standIn.latencyMs;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const requestId = newId('req').slice(4, 16);
    const response = url.pathname.startsWith('/api/v1/')
      ? handleStandInApi(state, {
          method: request.method,
          route: url.pathname.slice('/api/v1/'.length),
          authorization: request.headers.get('authorization'),
          body: text,
          requestId,
          origin: url.origin,
        })
      : (handleHostedPage(state, request.method, url, text) ?? flowgladResponses.noRoute());
    response.headers.set('x-request-id', requestId);
    record.status = response.status;
    return response;
  };

  const { createServer } = await import('node:http');
  const server = createServer(toNodeHandler(handler, { maxBodyBytes: 1024 * 1024 }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const standIn: FlowgladStandIn = {
    url: `http://127.0.0.1:${port}`,
    apiKey: state.apiKey,
    requests,
    sessions: state.sessions,
    customers: state.customers,
    prices: state.prices,
    subscriptions: state.subscriptions,
    latencyMs: options.latencyMs ?? 0,
    failNext(status, times = 1) {
      for (let i = 0; i < times; i++) state.failures.push(status);
    },
    archiveCustomer: (externalId) => state.archiveCustomer(externalId),
    queuePaymentOutcome(outcome, times = 1) {
      for (let i = 0; i < times; i++) state.paymentOutcomes.push(outcome);
    },
    apiRequests: () => requests.filter((request) => request.path.startsWith('/api/v1/')),
    reset() {
      requests.length = 0;
      state.reset();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  return standIn;
}
