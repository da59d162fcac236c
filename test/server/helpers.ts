import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CheckoutSessionHandler,
  type CheckoutSessionHandlerOptions,
  createCheckoutSessionHandler,
} from '../../src/server';

/** The storefront the handler serves in these tests. */
export const SHOP = 'https://shop.test';
export const ROUTE = `${SHOP}/api/checkout-sessions`;
/** The customer the server decides on; no test body can change it. */
export const SERVER_CUSTOMER = 'user_server_chosen';
/** That customer as `getCustomer` returns it (and as a stand-in's existing customer). */
export const SERVER_SHOPPER = { externalId: SERVER_CUSTOMER, email: 'shopper@example.com' };
/** A key that must never show in an answer (it does not look like a real key to the secret scanner). */
export const CANARY_KEY = 'sk_test_local-canary-key';

/** A checkout session body the handler accepts. */
export const validSession = (overrides: Record<string, unknown> = {}) => ({
  type: 'product',
  priceId: 'price_stand_in_tshirt',
  quantity: 2,
  successUrl: `${SHOP}/thanks`,
  cancelUrl: `${SHOP}/cart`,
  ...overrides,
});

/** A same-site JSON POST to the route, as a browser on the shop sends it. */
export function post(body: unknown, headers: Record<string, string> = {}, url = ROUTE): Request {
  return new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: SHOP,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: {
    error?: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] };
  } & Record<string, unknown>;
}

/** Reads a Response whole: status, headers, text and parsed JSON (or `{}`). */
export async function read(response: Response): Promise<Answer> {
  const text = await response.text();
  let body = {};
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, text, body };
}

/** Serves a Node request listener on a free 127.0.0.1 port. */
export async function serve(listener: RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port nothing listens on (it was free a moment ago). */
export async function closedPortUrl(): Promise<string> {
  const server = await serve(() => {});
  await server.close();
  return server.url;
}

/** Where a test's handler calls Flowglad: a stand-in, or any loopback server playing one. */
export interface FlowgladTarget {
  url: string;
  apiKey: string;
}

/**
 * A handler on the shop's origin, calling `flowglad`, for the server's customer; every option can be
 * overridden. `onError` is a no-op unless given, so expected failures do not log to the console.
 */
export function handlerFor(
  flowglad: FlowgladTarget,
  overrides: Partial<CheckoutSessionHandlerOptions> = {},
): CheckoutSessionHandler {
  return createCheckoutSessionHandler({
    apiKey: flowglad.apiKey,
    baseUrl: flowglad.url,
    appOrigins: [SHOP],
    getCustomer: () => SERVER_SHOPPER,
    onError: () => {},
    ...overrides,
  });
}

/** POSTs a valid checkout (with `overrides`) through `handler` and reads the answer. */
export const checkoutThrough = async (
  handler: (request: Request) => Promise<Response>,
  overrides: Record<string, unknown> = {},
) => read(await handler(post({ checkoutSession: validSession(overrides) })));
