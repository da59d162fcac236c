import { fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CheckoutButton,
  type CheckoutError,
  createCheckoutSession,
  getCheckoutSession,
  isCheckoutError,
} from '../../src/index';
import { okBody, ROUTE, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

const warnings = expectCheckoutWarnings();
afterEach(() => vi.unstubAllEnvs());

const settle = (promise: Promise<unknown>): Promise<CheckoutError> =>
  promise.then(
    () => {
      throw new Error('expected the checkout to fail');
    },
    (error: CheckoutError) => error,
  );
const texts = () => warnings().map(([text]) => String(text));
const answer = (resolver: Parameters<typeof http.post>[1]) => server.use(http.post(ROUTE, resolver));

describe('in development, every failed checkout is logged once with console.warn', () => {
  it('says the code and the developer message, with the error itself', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const error = await settle(createCheckoutSession({ priceId: 'p' }));
    expect(warnings()).toEqual([
      [
        expect.stringMatching(/^\[react-flowglad-checkout\] network: Could not reach the checkout route/),
        error,
      ],
    ]);
  });

  it("adds the route's code, and where to look next", async () => {
    server.use(
      http.post(ROUTE, () =>
        HttpResponse.json(
          { error: { code: 'unauthenticated', message: 'Please sign in to continue to checkout.' } },
          { status: 401 },
        ),
      ),
    );
    await settle(createCheckoutSession({ priceId: 'p' }));
    expect(warnings().map(([text]) => text)).toEqual([
      "[react-flowglad-checkout] http (unauthenticated): Please sign in to continue to checkout. — the route's getCustomer returned null, and guestCheckout did not allow this checkout.",
    ]);
  });

  it('logs invalid input, which sends nothing', async () => {
    await settle(createCheckoutSession({ priceSlug: '' }));
    expect(warnings().map(([text]) => text)).toEqual([
      expect.stringContaining('invalid_input: Invalid checkout input: priceSlug must be a non-empty string'),
    ]);
  });

  it('does not log a cancelled request', async () => {
    const error = await settle(createCheckoutSession({ priceId: 'p' }, { signal: AbortSignal.abort() }));
    expect(isCheckoutError(error, 'aborted')).toBe(true);
    expect(warnings()).toEqual([]);
  });

  it('logs once per failure through the button, and once when navigate throws', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const navigate = vi.fn<(url: string) => void>(() => {
      throw new Error('router down');
    });
    renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>, { navigate });
    fireEvent.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(warnings()).toHaveLength(1);

    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    fireEvent.click(screen.getByRole('button'));
    await screen.findByText(/unavailable right now/);
    expect(warnings().map(([text]) => text)).toEqual([
      expect.stringContaining('] network:'),
      expect.stringContaining('] navigation_failed: The navigate option failed (Error: router down)'),
    ]);
  });

  it('is silent when NODE_ENV is production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const error = await settle(createCheckoutSession({ priceId: 'p' }));
    expect(isCheckoutError(error, 'network')).toBe(true);
    expect(warnings()).toEqual([]);
  });
});

describe('in development, the mistakes that used to pass in silence are named', () => {
  const OTHER_ORIGIN_ROUTE = 'http://localhost:3100/api/checkout-sessions';

  it('an endpoint on another origin than the page: says CORS and how to serve or proxy the route', async () => {
    server.use(http.post(OTHER_ORIGIN_ROUTE, () => HttpResponse.error()));
    const error = await settle(createCheckoutSession({ priceId: 'p' }, { endpoint: OTHER_ORIGIN_ROUTE }));
    expect(isCheckoutError(error, 'network')).toBe(true);
    expect(error.message).toContain(
      'http://localhost:3100 is another origin than this page (https://shop.test)',
    );
    expect(error.message).toContain('CORS');
    expect(error.message).toContain("Vite's server.proxy");
    expect(error.message).toContain('Next.js rewrites');
    expect(texts()).toEqual([expect.stringContaining('] network: Could not reach the checkout route')]);
    expect(texts()[0]).toContain('CORS');
  });

  it('a same-origin endpoint that cannot be reached says nothing of CORS', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const error = await settle(createCheckoutSession({ priceId: 'p' }));
    expect(error.message).not.toContain('CORS');
  });

  it.each([
    {
      name: 'a route without a GET handler (405)',
      resolver: () => new HttpResponse(null, { status: 405, headers: { allow: 'POST' } }),
    },
    {
      name: "a server's HTML 404 (Express: Cannot GET)",
      resolver: () =>
        new HttpResponse('<!DOCTYPE html><pre>Cannot GET /api/checkout-sessions</pre>', {
          status: 404,
          headers: { 'content-type': 'text/html' },
        }),
    },
    {
      name: "a dev server's HTML page (200) instead of the route",
      resolver: () =>
        new HttpResponse('<!doctype html><div id="root"></div>', {
          headers: { 'content-type': 'text/html' },
        }),
    },
  ])('$name on the thanks page: says the route needs GET too, and how', async ({ resolver }) => {
    server.use(http.get(ROUTE, resolver));
    await settle(getCheckoutSession());
    expect(texts()).toHaveLength(1);
    expect(texts()[0]).toContain('the route must answer GET as well as POST');
    expect(texts()[0]).toContain('export { handler as GET, handler as POST }');
    expect(texts()[0]).toContain('app.route(path).get(handler).post(handler)');
  });

  it("a route's own refusal of a GET is not blamed on a missing GET handler", async () => {
    server.use(
      http.get(ROUTE, () =>
        HttpResponse.json(
          { error: { code: 'upstream_error', message: 'Checkout is unavailable right now.' } },
          { status: 502 },
        ),
      ),
    );
    await settle(getCheckoutSession());
    expect(texts()[0]).not.toContain('GET as well as POST');
  });

  it.each([
    {
      name: 'invalid_input',
      code: 'invalid_input',
      issues: [
        { path: ['checkoutSession', 'quantity'], message: 'quantity must be a whole number' },
        { path: [], message: 'remove coupon: not a checkout field' },
      ],
      printed: [
        'checkoutSession.quantity: quantity must be a whole number',
        'remove coupon: not a checkout field',
      ],
    },
    {
      name: 'redirect_not_allowed',
      code: 'redirect_not_allowed',
      issues: [{ path: ['successUrl'], message: 'must be on https://shop.test' }],
      printed: ['successUrl: must be on https://shop.test'],
    },
  ])(
    "prints the route's issues for $name instead of pointing at error.issues",
    async ({ code, issues, printed }) => {
      answer(() =>
        HttpResponse.json(
          { error: { code, message: 'Some checkout details are not valid.', issues } },
          { status: 400 },
        ),
      );
      await settle(createCheckoutSession({ priceId: 'p' }));
      expect(texts()).toHaveLength(1);
      for (const line of printed) expect(texts()[0]).toContain(line);
      expect(texts()[0]).not.toContain('see error.issues');
    },
  );

  it('prints the paths of local validation issues too', async () => {
    await settle(createCheckoutSession({ priceId: 'p', quantity: 0 }));
    expect(texts()[0]).toContain('quantity: quantity must be a whole number from 1 to 2147483647');
  });
});

describe('in development, a checkout without successUrl says once where the shopper lands', () => {
  const info = () => vi.spyOn(console, 'info').mockImplementation(() => {});
  const PAGE = 'https://shop.test/cart?item=1';
  afterEach(() => {
    history.replaceState(null, '', PAGE);
    vi.restoreAllMocks();
  });

  it('once per page, with console.info: back on this page, and how to add a thanks page', async () => {
    answer(() => HttpResponse.json(okBody()));
    const said = info();
    history.replaceState(null, '', '/products/tee?size=m');
    await createCheckoutSession({ priceId: 'p' });
    await createCheckoutSession({ priceId: 'p', quantity: 2 });
    expect(said.mock.calls).toEqual([
      [
        expect.stringMatching(
          /^\[react-flowglad-checkout\] No successUrl: after paying, the shopper comes back to this page \(https:\/\/shop\.test\/products\/tee\?size=m\)/,
        ),
      ],
    ]);
    expect(said.mock.calls[0]?.[0]).toContain('successUrl="/thanks"');
    expect(said.mock.calls[0]?.[0]).toContain('useCheckoutSession()');
  });

  it('says nothing when successUrl is given, or in production', async () => {
    answer(() => HttpResponse.json(okBody()));
    const said = info();
    history.replaceState(null, '', '/products/mug');
    await createCheckoutSession({ priceId: 'p', successUrl: '/thanks' });
    vi.stubEnv('NODE_ENV', 'production');
    history.replaceState(null, '', '/products/cap');
    await createCheckoutSession({ priceId: 'p' });
    expect(said).not.toHaveBeenCalled();
  });
});

describe('a production build refusing the local stand-in says why on the console', () => {
  const STAND_IN = 'http://127.0.0.1:4010/checkout/chckt_session_1';

  it('names the development-only loopback rule in one console line', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    answer(() => HttpResponse.json(okBody(STAND_IN)));
    const error = await settle(createCheckoutSession({ priceId: 'p' }));
    expect(isCheckoutError(error, 'unsafe_redirect')).toBe(true);
    expect(texts()).toEqual([
      `[react-flowglad-checkout] unsafe_redirect: ${error.message} Plain http on localhost (a local Flowglad stand-in) is allowed in development builds only.`,
    ]);
  });

  it('is not said for another refused target in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    answer(() => HttpResponse.json(okBody('https://evil.example/checkout')));
    const error = await settle(createCheckoutSession({ priceId: 'p' }));
    expect(isCheckoutError(error, 'unsafe_redirect')).toBe(true);
    expect(error.message).not.toContain('development builds');
    expect(texts()).toEqual([]);
  });
});
