import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * The MSW server at the HTTP edge: requests to the checkout route are answered by handlers each test
 * installs with `server.use(...)`; anything unhandled fails the test. Test files share one module
 * cache per worker (`isolate: false`), so the server is one per worker, listening only while a file
 * that imports this module runs.
 */
export const server = setupServer();

/** Every request the server saw in the current test, in order. */
export const requests: Request[] = [];

server.events.on('request:start', ({ request }) => {
  requests.push(request);
});

/** Listens for the test file that calls it (in its module body): hooks registered there run for it alone. */
export function serveWithMsw(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
}

/** The checkout route as the storefront page (https://shop.test) reaches it. */
export const ROUTE = 'https://shop.test/api/checkout-sessions';

/** A well-formed answer from the checkout route. */
export const okBody = (url = 'https://app.flowglad.com/checkout/chckt_session_1') => ({
  checkoutSession: { id: 'chckt_session_1', status: 'open', type: 'product', livemode: false },
  url,
});

/**
 * Makes the checkout route wait until the test calls `release()` (before or after the request
 * arrives), to look at the UI while it waits. `arrived` resolves when the request is in.
 */
export function holdAnswer(body: JsonBodyType = okBody()) {
  let release = () => {};
  let arrive = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  server.use(
    http.post(ROUTE, async () => {
      arrive();
      await released;
      return HttpResponse.json(body);
    }),
  );
  return { release: () => release(), arrived };
}

/** The JSON body of the `index`-th request the route received (fails the test if there is none). */
export async function sentBody(index = 0): Promise<{ checkoutSession: Record<string, unknown> }> {
  const request = requests[index];
  if (!request) throw new Error(`expected request #${index + 1}, but only ${requests.length} arrived`);
  return request.clone().json();
}
