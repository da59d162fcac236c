import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CheckoutError, createCheckoutSession, getCheckoutSession } from '../../src/index';
import { createCheckoutSessionHandler } from '../../src/server';
import * as testingEntry from '../../src/testing';
import { checkoutRouteHandlers } from '../../src/testing';
import * as nodeEntry from '../../src/testing.node';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
// Failed checkouts log a development warning each; these tests look at the errors themselves.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const route = checkoutRouteHandlers();
const ENDPOINT = 'https://shop.test/api/checkout-sessions';
const input = {
  priceId: 'price_1',
  quantity: 2,
  successUrl: 'https://shop.test/thanks',
  cancelUrl: 'https://shop.test/cart',
};
const attempt = (config: { endpoint?: string; timeoutMs?: number } = {}) =>
  createCheckoutSession(input, { endpoint: ENDPOINT, ...config }).then(
    (result) => ({ result, error: undefined }),
    (error: CheckoutError) => ({ result: undefined, error }),
  );

describe('checkoutRouteHandlers (MSW)', () => {
  it('success and reusedSession: 200 {checkoutSession, url, reused} as the route answers a new or a reused session', async () => {
    for (const [handler, reused] of [
      [route.success(), false],
      [route.reusedSession(), true],
    ] as const) {
      server.use(handler);
      const answer = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ checkoutSession: { type: 'product', ...input } }),
      });
      expect([answer.status, answer.headers.get('cache-control')]).toEqual([200, 'no-store']);
      const body = await answer.json();
      expect(Object.keys(body)).toEqual(['checkoutSession', 'url', 'reused']);
      expect(body).toMatchObject({ url: 'https://app.flowglad.com/checkout/chckt_session_msw', reused });
      expect((await attempt()).result?.url).toBe(body.url);
    }
  });

  it('rateLimited: 429 rate_limited with the route Retry-After (60) and the shopper sentence, which the client reports', async () => {
    server.use(route.rateLimited());
    const answer = await fetch(ENDPOINT, { method: 'POST' });
    expect([answer.status, answer.headers.get('retry-after'), await answer.json()]).toEqual([
      429,
      '60',
      {
        error: {
          code: 'rate_limited',
          message: 'Too many checkout attempts. Please wait a moment and try again.',
        },
      },
    ]);
    expect((await attempt()).error).toMatchObject({
      code: 'http',
      status: 429,
      routeCode: 'rate_limited',
      message: 'Too many checkout attempts. Please wait a moment and try again.',
    });
  });

  it('success: 200 {checkoutSession, url} echoing the request, for the route on any origin', async () => {
    server.use(route.success());
    const { result } = await attempt();
    expect(result?.url).toBe('https://app.flowglad.com/checkout/chckt_session_msw');
    expect(result?.checkoutSession).toMatchObject({
      id: 'chckt_session_msw',
      status: 'open',
      priceId: 'price_1',
      quantity: 2,
    });
    expect((await attempt({ endpoint: 'http://localhost:3000/api/checkout-sessions' })).result).toBeDefined();
  });

  it('slow: succeeds after the delay', async () => {
    server.use(route.slow(30));
    expect((await attempt()).result?.url).toContain('/checkout/');
  });

  it.each([
    { name: 'networkError', handler: route.networkError(), expected: { code: 'network' } },
    { name: 'timeout', handler: route.timeout(), expected: { code: 'timeout' } },
    {
      name: 'badRequest',
      handler: route.badRequest(),
      expected: { code: 'http', status: 400, issues: [{ path: ['quantity'], message: expect.any(String) }] },
    },
    {
      name: 'checkoutRejected',
      handler: route.checkoutRejected(),
      expected: {
        code: 'http',
        status: 400,
        routeCode: 'checkout_rejected',
        message: 'This product cannot be bought right now. Please contact the shop.',
      },
    },
    {
      name: 'unauthorized',
      handler: route.unauthorized(),
      expected: {
        code: 'http',
        status: 401,
        routeCode: 'unauthenticated',
        message: 'Please sign in to continue to checkout.',
      },
    },
    {
      name: 'forbidden',
      handler: route.forbidden(),
      expected: { code: 'http', status: 403, routeCode: 'forbidden' },
    },
    {
      name: 'serverError',
      handler: route.serverError(),
      expected: { code: 'http', status: 500, routeCode: 'internal_error' },
    },
    {
      name: 'upstreamError',
      handler: route.upstreamError(),
      expected: { code: 'http', status: 502, routeCode: 'upstream_error' },
    },
    {
      name: 'upstreamTimeout',
      handler: route.upstreamTimeout(),
      expected: { code: 'http', status: 504, routeCode: 'upstream_timeout' },
    },
    {
      name: 'htmlErrorPage',
      handler: route.htmlErrorPage(),
      expected: { code: 'http', status: 500, message: expect.stringContaining('HTML') },
    },
    { name: 'emptyBody', handler: route.emptyBody(), expected: { code: 'invalid_response' } },
    { name: 'notJson', handler: route.notJson(), expected: { code: 'invalid_response' } },
    { name: 'missingUrl', handler: route.missingUrl(), expected: { code: 'invalid_response' } },
    { name: 'unsafeRedirect', handler: route.unsafeRedirect(), expected: { code: 'unsafe_redirect' } },
  ])('$name: the client reports it as $expected', async ({ handler, expected }) => {
    server.use(handler);
    const { result, error } = await attempt({ timeoutMs: 200 });
    expect(result).toBeUndefined();
    expect(error).toMatchObject(expected);
  });

  it('answers exactly what the real handler answers for a signed-out shopper and a refused purchase', async () => {
    const real = createCheckoutSessionHandler({
      apiKey: 'sk_test_local-unused',
      appOrigins: ['https://shop.test'],
      getCustomer: (request) =>
        request.headers.get('authorization') ? { externalId: 'u', email: 'u@example.com' } : null,
      authorize: () => false,
    });
    const ask = (handle: (request: Request) => Promise<Response>, authorization?: string) =>
      handle(
        new Request(ENDPOINT, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
          body: JSON.stringify({ checkoutSession: { type: 'product', ...input } }),
        }),
      );
    const viaMsw = (handler: ReturnType<typeof route.success>) => {
      server.use(handler);
      return (request: Request) => fetch(request);
    };
    for (const [handler, authorization] of [
      [route.unauthorized(), undefined],
      [route.forbidden(), 'Bearer t'],
    ] as const) {
      const expected = await ask(real, authorization);
      const actual = await ask(viaMsw(handler), authorization);
      expect([actual.status, await actual.json(), actual.headers.get('cache-control')]).toEqual([
        expected.status,
        await expected.json(),
        expected.headers.get('cache-control'),
      ]);
    }
  });

  it('the Node build of the entry exports the same names and makes the same handlers (msw loaded on first use)', async () => {
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(testingEntry).sort());
    server.use(
      nodeEntry
        .checkoutRouteHandlers({ checkoutUrl: 'https://app.flowglad.com/checkout/chckt_session_node' })
        .success(),
    );
    expect((await attempt()).result?.url).toBe('https://app.flowglad.com/checkout/chckt_session_node');
  });

  it('answers only the endpoint it is given, and the checkoutUrl it is given', async () => {
    const custom = checkoutRouteHandlers({
      endpoint: '*/api/pay',
      checkoutUrl: 'https://app.flowglad.com/checkout/chckt_session_demo',
    });
    // Anything the custom handler does not match falls through to a 418.
    server.use(
      custom.success(),
      http.post('*', () => HttpResponse.json({}, { status: 418 })),
    );
    const { result } = await attempt({ endpoint: 'https://shop.test/api/pay' });
    expect([result?.url, result?.checkoutSession?.id]).toEqual([
      'https://app.flowglad.com/checkout/chckt_session_demo',
      'chckt_session_demo',
    ]);
    const unhandled = await attempt();
    expect(unhandled.error?.status).toBe(418);
  });

  describe('the GET a thanks page asks', () => {
    const ask = () => getCheckoutSession({ endpoint: ENDPOINT });

    it.each(['open', 'pending', 'succeeded', 'failed', 'expired'] as const)(
      'checkoutSession(%s): 200 with the summary, nothing more',
      async (status) => {
        server.use(route.checkoutSession(status));
        const session = await ask();
        expect(session).toEqual({
          id: 'chckt_session_msw',
          status,
          type: 'product',
          livemode: false,
          priceId: 'price_msw',
          quantity: 1,
          outputName: null,
          outputMetadata: null,
          createdAt: expect.any(Number),
          expires: expect.any(Number),
        });
      },
    );

    it('checkoutSessionSequence: each status in turn, then the last for good', async () => {
      server.use(route.checkoutSessionSequence(['pending', 'failed', 'succeeded']));
      const seen = [];
      for (let i = 0; i < 5; i++) seen.push((await ask())?.status);
      expect(seen).toEqual(['pending', 'failed', 'succeeded', 'succeeded', 'succeeded']);
    });

    it('noCheckoutSession: 200 { checkoutSession: null }, which the client reads as null', async () => {
      server.use(route.noCheckoutSession());
      const response = await fetch(ENDPOINT);
      expect([response.status, response.headers.get('cache-control')]).toEqual([200, 'no-store']);
      expect(await response.json()).toEqual({ checkoutSession: null });
      expect(await ask()).toBeNull();
    });

    it('checkoutSessionError: 502 upstream_error', async () => {
      server.use(route.checkoutSessionError());
      await expect(ask()).rejects.toMatchObject({ code: 'http', status: 502, routeCode: 'upstream_error' });
    });

    it('the POST handlers leave GET alone, and the GET handlers leave POST alone', async () => {
      server.use(
        route.success(),
        http.get('*', () => HttpResponse.json({}, { status: 418 })),
      );
      await expect(ask()).rejects.toMatchObject({ status: 418 });
      server.resetHandlers(
        route.checkoutSession(),
        http.post('*', () => HttpResponse.json({}, { status: 418 })),
      );
      expect((await attempt()).error?.status).toBe(418);
    });
  });
});
