import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckoutSessionHandlerOptions } from '../../src/server';
import { createCheckoutSessionHandler, toNodeHandler } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { handlerFor, ROUTE, SERVER_SHOPPER, SHOP, serve } from './helpers';
import { returnUrl } from './hostile-requests';

// Before hydration the button is a <form method="post">: the route must answer a browser navigation,
// never with raw JSON.
const standIn = await startFlowgladStandIn({ customers: [SERVER_SHOPPER] });
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  signedIn = true;
});

let signedIn = true;
const make = (options: Partial<CheckoutSessionHandlerOptions> = {}) =>
  handlerFor(standIn, { getCustomer: () => (signedIn ? SERVER_SHOPPER : null), ...options });
const PRODUCT_PAGE = `${SHOP}/products/tee?color=red`;
/** What the server-rendered button posts: the session as the button's props give it. */
const session = (overrides: Record<string, unknown> = {}) => ({
  type: 'product',
  priceId: 'price_stand_in_tshirt',
  quantity: 2,
  ...overrides,
});
/** A browser's form post from `page` (its Origin and Referer), with `fields` urlencoded. */
function formPost(
  fields: [string, string][] | Record<string, unknown>,
  headers: Record<string, string> = { origin: SHOP, referer: PRODUCT_PAGE, 'sec-fetch-site': 'same-origin' },
) {
  const pairs = Array.isArray(fields)
    ? fields
    : [['checkoutSession', JSON.stringify(fields)] as [string, string]];
  return new Request(ROUTE, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(pairs).toString(),
  });
}
/** The marker a refused form post carries back to the page. */
const marker = (response: Response) => {
  const location = new URL(response.headers.get('location') ?? 'about:blank');
  return {
    page: `${location.origin}${location.pathname}`,
    error: location.searchParams.get('checkout_error'),
    for: location.searchParams.get('checkout_for'),
    color: location.searchParams.get('color'),
  };
};
const creates = () => standIn.apiRequests().filter((request) => request.method === 'POST');

describe('a form post (the button before hydration)', () => {
  it('success: 303 to Flowglad’s page, with the confirmation cookie; relative and absent return URLs resolve against the page', async () => {
    const response = await make()(formPost(session({ successUrl: '/thanks' })));
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    const id = location.split('/').at(-1) ?? '';
    expect(location).toBe(`${standIn.url}/checkout/${id}`);
    expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-flowglad_checkout=chckt_session_/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).not.toMatch(/^\s*\{/);
    expect(standIn.sessions.get(id)).toMatchObject({
      quantity: 2,
      successUrl: `${SHOP}/thanks`,
      cancelUrl: PRODUCT_PAGE,
    });
  });

  it('without Origin, Sec-Fetch-Site: same-origin proves it; without a usable Referer the URLs resolve against the shop', async () => {
    const response = await make()(
      formPost(session({ cancelUrl: 'cart' }), { 'sec-fetch-site': 'same-origin' }),
    );
    expect(response.status).toBe(303);
    const id = response.headers.get('location')?.split('/').at(-1) ?? '';
    expect(standIn.sessions.get(id)).toMatchObject({ successUrl: `${SHOP}/`, cancelUrl: `${SHOP}/cart` });
  });

  it('signed out: 303 back to the page with the marker (the button shows its alert), nothing created', async () => {
    signedIn = false;
    const response = await make()(formPost(session()));
    expect(response.status).toBe(303);
    expect(marker(response)).toEqual({
      page: `${SHOP}/products/tee`,
      error: 'unauthenticated',
      for: 'price_stand_in_tshirt',
      color: 'red',
    });
    expect(creates()).toEqual([]);
  });

  it('a price Flowglad refuses: 303 back with checkout_rejected, keyed by the slug; an old marker is replaced', async () => {
    const page = `${SHOP}/shop?checkout_error=forbidden&checkout_for=old`;
    const response = await make()(
      formPost(session({ priceId: undefined, priceSlug: 'gone' }), { origin: SHOP, referer: page }),
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect([...location.searchParams]).toEqual([
      ['checkout_error', 'checkout_rejected'],
      ['checkout_for', 'gone'],
    ]);
  });

  it.each([
    {
      name: 'an invalid quantity',
      fields: session({ quantity: 0 }),
      code: 'invalid_input',
      key: 'price_stand_in_tshirt',
    },
    {
      name: 'an off-site successUrl',
      fields: session({ successUrl: 'https://evil.test/' }),
      code: 'redirect_not_allowed',
      key: 'price_stand_in_tshirt',
    },
    {
      name: 'a smuggled customer',
      fields: session({ customerExternalId: 'victim' }),
      code: 'invalid_input',
      key: 'price_stand_in_tshirt',
    },
    {
      name: 'broken JSON',
      fields: [['checkoutSession', '{"type":']] as [string, string][],
      code: 'invalid_json',
      key: null,
    },
    {
      name: 'a second field',
      fields: [
        ['checkoutSession', JSON.stringify(session())],
        ['customerExternalId', 'victim'],
      ] as [string, string][],
      code: 'invalid_input',
      key: 'price_stand_in_tshirt',
    },
    { name: 'no field', fields: [] as [string, string][], code: 'invalid_input', key: null },
    {
      name: 'an add_payment_method keyed by its type',
      fields: { type: 'add_payment_method', bogus: 1 },
      code: 'invalid_input',
      key: 'add_payment_method',
    },
  ])('$name: 303 back with checkout_error=$code', async ({ fields, code, key }) => {
    const response = await make()(formPost(fields));
    expect(response.status).toBe(303);
    expect(marker(response)).toMatchObject({ error: code, for: key });
    expect(creates()).toEqual([]);
  });

  it.each<{ name: string; headers: Record<string, string> }>([
    {
      name: 'a cross-site Origin',
      headers: {
        origin: 'https://evil.test',
        referer: 'https://evil.test/x',
        'sec-fetch-site': 'cross-site',
      },
    },
    {
      name: 'Sec-Fetch-Site: cross-site with the shop’s Referer',
      headers: { 'sec-fetch-site': 'cross-site', referer: PRODUCT_PAGE },
    },
    {
      name: 'neither Origin nor Sec-Fetch-Site (nothing proves it is the shop)',
      headers: { referer: PRODUCT_PAGE },
    },
    {
      name: 'Sec-Fetch-Site: same-site (a sibling subdomain)',
      headers: { 'sec-fetch-site': 'same-site', referer: PRODUCT_PAGE },
    },
  ])(
    '$name: a small HTML page in the shopper’s words, 403, nothing sent to Flowglad',
    async ({ headers }) => {
      const onError = vi.fn();
      const response = await make({ onError })(formPost(session(), headers));
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toContain(
        'This checkout request came from another site and was refused. Start checkout from the shop itself.',
      );
      expect(html).toContain(`href="${SHOP}/"`);
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain('<style>');
      expect(standIn.apiRequests()).toEqual([]);
    },
  );

  it('a refusal without a usable Referer (another site’s, none) gets the HTML page with the route code’s status', async () => {
    signedIn = false;
    const withoutUsableReferer: Record<string, string>[] = [
      { origin: SHOP },
      { origin: SHOP, referer: 'https://evil.test/page' },
    ];
    for (const headers of withoutUsableReferer) {
      const response = await make()(formPost(session(), headers));
      expect([response.status, response.headers.get('content-type')]).toEqual([
        401,
        'text/html; charset=utf-8',
      ]);
      expect(await response.text()).toContain('Please sign in to continue to checkout.');
    }
  });

  it('the shopper sentence is the only text from the refusal: nothing from the request reaches the page', async () => {
    const evil = '<script>alert(1)</script>';
    const response = await make()(
      formPost(session({ priceId: evil }), { origin: SHOP, referer: `https://evil.test/${evil}` }),
    );
    const html = await response.text();
    expect(html).not.toContain('<script');
    expect(html).not.toContain('evil.test');
  });

  it('a form post to a Flowglad that fails: 303 back with upstream_error, never JSON', async () => {
    standIn.failNext(500);
    const response = await make()(formPost(session()));
    expect(marker(response)).toMatchObject({ error: 'upstream_error' });
  });

  it('through toNodeHandler and a real server: a browser form post gets 303 and the cookie, a cross-site one the HTML page', async () => {
    const handler = createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      appOrigins: [SHOP],
      getCustomer: () => (signedIn ? SERVER_SHOPPER : null),
      onError: () => {},
    });
    const server = await serve(toNodeHandler(handler));
    try {
      const send = (headers: Record<string, string>, body = session()) =>
        fetch(`${server.url}/api/checkout-sessions`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
          body: new URLSearchParams({ checkoutSession: JSON.stringify(body) }).toString(),
        });
      const ok = await send({ origin: SHOP, referer: PRODUCT_PAGE });
      expect([ok.status, ok.headers.get('location')]).toEqual([
        303,
        expect.stringContaining(`${standIn.url}/checkout/`),
      ]);
      expect(ok.headers.getSetCookie()[0]).toMatch(/^__Host-flowglad_checkout=.*; Path=\/; .*Secure$/);
      signedIn = false;
      const back = await send({ origin: SHOP, referer: PRODUCT_PAGE });
      expect(back.status).toBe(303);
      expect(back.headers.get('location')).toMatch(/checkout_error=unauthenticated/);
      const crossSite = await send({ origin: 'https://evil.test' });
      expect([crossSite.status, crossSite.headers.get('content-type')]).toEqual([
        403,
        'text/html; charset=utf-8',
      ]);
      expect(standIn.sessions.size).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('a page the server cannot see: a same-origin form post with quantity defaulted and no URLs at all still checks out', async () => {
    const response = await make()(formPost({ type: 'product', priceSlug: 'tshirt' }));
    expect(response.status).toBe(303);
  });
});

describe('form posts under arbitrary input (fast-check)', () => {
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const formRequest = fc.record({
    fields: fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .record({
            quantity: fc.integer({ min: 1, max: 3 }),
            successUrl: fc.constantFrom('/thanks', 'thanks', `${SHOP}/t`),
          })
          .map((value) => [['checkoutSession', JSON.stringify(session(value))]] as [string, string][]),
      },
      {
        weight: 4,
        arbitrary: fc
          .record(
            {
              type: fc.constantFrom('product', 'add_payment_method', 'purchase'),
              priceId: fc.constantFrom('price_stand_in_tshirt', 'price_gone', '<b>'),
              priceSlug: optional(fc.constantFrom('tshirt', 'pro-monthly')),
              quantity: optional(fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string())),
              successUrl: optional(
                fc.oneof(returnUrl, fc.constantFrom('/thanks', 'thanks', '//evil.test/x')),
              ),
              cancelUrl: optional(returnUrl),
              customerExternalId: optional(fc.constant('victim')),
            },
            { requiredKeys: ['type'] },
          )
          .map((value) => [['checkoutSession', JSON.stringify(value)]] as [string, string][]),
      },
      fc.array(fc.tuple(fc.constantFrom('checkoutSession', 'x', ''), fc.string()), { maxLength: 3 }),
    ),
    origin: fc.oneof(
      { weight: 4, arbitrary: fc.constant(SHOP) },
      optional(fc.constantFrom('https://evil.test', 'null', 'https://shop.test.evil.test')),
    ),
    referer: optional(
      fc.constantFrom(PRODUCT_PAGE, `${SHOP}/?checkout_error=x`, 'https://evil.test/page', 'not a url'),
    ),
    site: optional(fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none')),
    signedIn: fc.boolean(),
  });

  it('never JSON; a 303 goes to Flowglad’s page (with the cookie) or back to the shop’s own page, nowhere else', async () => {
    const handler = make({ guestCheckout: { prices: ['price_stand_in_tshirt'] } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); // refused origins, explained in development
    let toFlowglad = 0;
    await fc.assert(
      fc.asyncProperty(formRequest, async (run) => {
        signedIn = run.signedIn;
        const headers: Record<string, string> = {};
        if (run.origin) headers.origin = run.origin;
        if (run.referer) headers.referer = run.referer;
        if (run.site) headers['sec-fetch-site'] = run.site;
        const response = await handler(formPost(run.fields, headers));
        expect(response.headers.get('content-type') ?? '').not.toMatch(/json/);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const trusted = run.origin === SHOP || (run.origin === undefined && run.site === 'same-origin');
        if (response.status !== 303) {
          expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
          return;
        }
        const location = new URL(response.headers.get('location') ?? '');
        expect(trusted).toBe(true);
        if (location.origin === standIn.url) {
          toFlowglad += 1;
          expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-flowglad_checkout=/);
        } else {
          expect(location.origin).toBe(SHOP);
          expect(location.searchParams.get('checkout_error')).toEqual(expect.any(String));
        }
      }),
      { numRuns: 300 },
    );
    warn.mockRestore();
    expect(toFlowglad).toBeGreaterThan(5);
  }, 60_000);
});
