import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCheckoutError } from '../../src';
import type { CheckoutSessionHandlerOptions } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { handlerFor, post, ROUTE, read, SERVER_CUSTOMER, SHOP, validSession } from './helpers';

/** A browser: it keeps the cookies the route sets and sends them back, as a same-origin fetch does. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    keep(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const [name = '', ...value] = pair.split('=');
        cookies.set(name, value.join('='));
      }
    },
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    set: (name: string, value: string) => cookies.set(name, value),
    get: (name: string) => cookies.get(name),
    /** The value of the checkout cookie the route set, whatever its name. */
    checkout: () => [...cookies].find(([name]) => name.endsWith('flowglad_checkout'))?.[1] ?? '',
  };
}
type Jar = ReturnType<typeof cookieJar>;
/** The session id a jar's checkout cookie names. */
const victimSession = (jar: Jar) => jar.checkout().split('.')[0];

/** The GET's answer when this browser has no checkout: a normal state, 200. */
const NONE = { checkoutSession: null };

describe.each([500, 400] as const)(
  'guests and the confirmation, Flowglad refusing with %i',
  (refusalStatus) => {
    let standIn: Awaited<ReturnType<typeof startFlowgladStandIn>>;
    beforeEach(async () => {
      standIn ??= await startFlowgladStandIn({ refusalStatus });
      standIn.reset();
      signedIn = SERVER_CUSTOMER;
    });
    afterAll(() => standIn.close());

    let signedIn: string | null = SERVER_CUSTOMER;
    const getCustomer = () => (signedIn ? { externalId: signedIn, email: `${signedIn}@example.com` } : null);
    const make = (options: Partial<CheckoutSessionHandlerOptions> = {}) =>
      handlerFor(standIn, { getCustomer, guestCheckout: { prices: ['price_stand_in_tshirt'] }, ...options });
    const buy = async (jar: Jar, handler = make(), overrides: Record<string, unknown> = {}) => {
      const response = await handler(
        post({ checkoutSession: validSession(overrides) }, { cookie: jar.header() }),
      );
      jar.keep(response);
      return read(response);
    };
    const confirm = async (jar: Jar, handler = make()) => {
      const answer = await read(await handler(new Request(ROUTE, { headers: { cookie: jar.header() } })));
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.text).not.toContain(standIn.apiKey);
      return answer;
    };
    // The hosted page asks a guest for an email (a known customer's is ignored).
    const pay = (url: unknown) =>
      fetch(`${url}/pay`, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams({ email: 'guest@example.com' }),
      });
    const apiCalls = () => standIn.apiRequests().map((request) => `${request.method} ${request.path}`);

    it('a guest buys: one anonymous session, no customer calls, 200', async () => {
      signedIn = null;
      const answer = await buy(cookieJar());
      expect(answer.status).toBe(200);
      expect(apiCalls()).toEqual(['POST /api/v1/checkout-sessions']);
      const body = standIn.apiRequests()[0]?.body as
        | { checkoutSession?: Record<string, unknown> }
        | undefined;
      const sent = body?.checkoutSession ?? {};
      expect(sent.anonymous).toBe(true);
      expect('customerExternalId' in sent).toBe(false);
      expect(answer.body.checkoutSession).toMatchObject({ customerId: null });
    });

    it('a guest asking for add_payment_method or activate_subscription gets 401, nothing sent', async () => {
      signedIn = null;
      for (const overrides of [
        { type: 'add_payment_method', priceId: undefined, quantity: undefined },
        {
          type: 'activate_subscription',
          targetSubscriptionId: 'sub_1',
          priceId: undefined,
          quantity: undefined,
        },
      ]) {
        const answer = await buy(cookieJar(), make(), overrides);
        expect([answer.status, answer.body.error?.code]).toEqual([401, 'unauthenticated']);
      }
      expect(apiCalls()).toEqual([]);
    });

    it('guestCheckout { prices }: a guest buys a listed price, by id or slug; anything else (a subscription) is 401, nothing sent', async () => {
      signedIn = null;
      const handler = make({ guestCheckout: { prices: ['price_stand_in_tshirt', 'tshirt', 'mug'] } });
      expect((await buy(cookieJar(), handler)).status).toBe(200);
      expect((await buy(cookieJar(), handler, { priceId: undefined, priceSlug: 'tshirt' })).status).toBe(200);
      standIn.requests.length = 0;
      for (const overrides of [
        { priceId: 'price_stand_in_pro_monthly', quantity: 1 },
        { priceId: undefined, priceSlug: 'pro-monthly', quantity: 1 },
        { priceId: 'tshirt-not-an-id' },
      ]) {
        const answer = await buy(cookieJar(), handler, overrides);
        expect([answer.status, answer.body.error?.code]).toEqual([401, 'unauthenticated']);
      }
      expect(apiCalls()).toEqual([]);
    });

    it('guestCheckout: true sells guests one-off prices only: a subscription, a usage or an inactive price is 401, nothing created', async () => {
      signedIn = null;
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      try {
        standIn.prices.push({
          ...standIn.prices[0],
          id: 'price_retired',
          slug: 'retired',
          active: false,
        } as never);
        const handler = make({ guestCheckout: true });
        expect((await buy(cookieJar(), handler)).status).toBe(200);
        expect((await buy(cookieJar(), handler, { priceId: undefined, priceSlug: 'tshirt' })).status).toBe(
          200,
        );
        for (const overrides of [
          { priceId: 'price_stand_in_pro_monthly', quantity: 1 },
          { priceId: undefined, priceSlug: 'pro-monthly', quantity: 1 },
          { priceId: 'price_stand_in_api_calls' },
          { priceId: 'retired-or-unknown-price' },
          { priceId: undefined, priceSlug: 'retired' },
        ]) {
          const answer = await buy(cookieJar(), handler, overrides);
          expect([answer.status, answer.body.error?.code]).toEqual([401, 'unauthenticated']);
        }
        // The catalogue was read once for all of these; no session was created for a refused price.
        expect(apiCalls().filter((call) => call.includes('pricing-models'))).toEqual([
          'GET /api/v1/pricing-models/default',
        ]);
        expect(apiCalls().filter((call) => call.startsWith('POST'))).toHaveLength(2);
        expect(warn.mock.calls.map(([message]) => String(message)).join('\n')).toMatch(
          /guestCheckout: true sells guests active one-off prices only, and price_stand_in_pro_monthly is a subscription price.*guestCheckout: \{ prices: \['price_stand_in_pro_monthly'\] \}/,
        );
      } finally {
        warn.mockRestore();
        standIn.prices.pop();
      }
    });

    it('guestCheckout: true when Flowglad cannot give its catalogue: 502, reported at stage get_prices', async () => {
      signedIn = null;
      const onError = vi.fn();
      standIn.failNext(500);
      const answer = await buy(cookieJar(), make({ guestCheckout: true, onError }));
      expect([answer.status, answer.body.error?.code]).toEqual([502, 'upstream_error']);
      expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'get_prices', status: 502 });
    });

    it('guestCheckout of the wrong shape is refused at construction, saying what to pass', () => {
      for (const guestCheckout of [{ prices: [] }, { prices: ['ok', ''] }, { prices: 'tshirt' }, {}, 'yes']) {
        expect(() => make({ guestCheckout: guestCheckout as never })).toThrow(
          /guestCheckout must be true, false, \{ prices: \[…\] \} or a function/,
        );
      }
    });

    it('guestCheckout off (the default, or false): a guest gets 401', async () => {
      signedIn = null;
      for (const handler of [handlerFor(standIn, { getCustomer }), make({ guestCheckout: false })]) {
        expect((await buy(cookieJar(), handler)).status).toBe(401);
      }
      expect(apiCalls()).toEqual([]);
    });

    it('guestCheckout as a function decides per request and input; authorize is not asked for guests', async () => {
      signedIn = null;
      const guestCheckout = vi.fn(
        (request: Request, input: { type: string; priceId?: string }) =>
          input.priceId === 'price_stand_in_tshirt' && request.method === 'POST',
      );
      const authorize = vi.fn(() => false);
      const handler = make({ guestCheckout, authorize });
      expect((await buy(cookieJar(), handler)).status).toBe(200);
      expect(guestCheckout).toHaveBeenCalledWith(
        expect.any(Request),
        expect.objectContaining({ priceId: 'price_stand_in_tshirt' }),
      );
      expect((await buy(cookieJar(), handler, { priceId: 'price_stand_in_pro_monthly' })).status).toBe(401);
      expect(authorize).not.toHaveBeenCalled();
      const onError = vi.fn();
      const throwing = make({ guestCheckout: () => Promise.reject(new Error('flag service down')), onError });
      expect((await buy(cookieJar(), throwing)).status).toBe(500);
      expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'guest_checkout' });
    });

    it('on https the POST sets __Host-flowglad_checkout: Path=/, Secure, no Domain, naming no customer — whatever the request path says', async () => {
      for (const path of [
        '/api/checkout-sessions',
        '/api/checkout-sessions/;Domain=shop.test',
        '/x%3BDomain=evil.test;Path=/a',
      ]) {
        const response = await make()(post({ checkoutSession: validSession() }, {}, `${SHOP}${path}`));
        const [cookie] = response.headers.getSetCookie();
        expect(cookie).toMatch(
          /^__Host-flowglad_checkout=chckt_session_\w+\.[\w-]+\.[\w-]+; Path=\/; Max-Age=1209600; HttpOnly; SameSite=Lax; Secure$/,
        );
        expect(cookie).not.toContain(SERVER_CUSTOMER);
      }
    });

    it('on http (this machine, in development) it is plain flowglad_checkout, Path=/, without Secure', async () => {
      const local = 'http://127.0.0.1:5173';
      const session = validSession({ successUrl: `${local}/thanks`, cancelUrl: `${local}/cart` });
      const plain = await make({ appOrigins: [local] })(
        post({ checkoutSession: session }, { origin: local }, `${local}/shop/api/pay;Domain=127.0.0.1`),
      );
      expect(plain.headers.getSetCookie()).toEqual([
        expect.stringMatching(
          /^flowglad_checkout=chckt_session_\w+\.[\w-]+\.[\w-]+; Path=\/; Max-Age=1209600; HttpOnly; SameSite=Lax$/,
        ),
      ]);
    });

    it('behind a TLS proxy the route sees as http, a page on an https appOrigin still gets the __Host- cookie', async () => {
      const response = await make()(
        post({ checkoutSession: validSession() }, {}, 'http://10.0.0.5:3000/api/checkout-sessions'),
      );
      expect(response.headers.getSetCookie()[0]).toMatch(/^__Host-flowglad_checkout=.*; Secure$/);
    });

    it('on https a plain flowglad_checkout cookie (one a sibling subdomain can plant) is never read, even validly signed', async () => {
      signedIn = null;
      const attacker = cookieJar();
      await buy(attacker);
      const victim = cookieJar();
      await buy(victim);
      const attackersCookie = attacker.checkout();
      expect(attackersCookie).toMatch(/^chckt_session_/);
      // A sibling subdomain's cookie (Domain=.shop.test) comes first: a more specific path, or set earlier.
      const planted = (jar: Jar) => `flowglad_checkout=${attackersCookie}; ${jar.header()}`;
      const read = async (cookie: string) =>
        (await confirm({ header: () => cookie } as Jar)).body.checkoutSession as { id: string } | null;
      const mine = await read(planted(victim));
      expect(mine?.id).toBe(victimSession(victim));
      standIn.requests.length = 0;
      expect(await read(`flowglad_checkout=${attackersCookie}`)).toBeNull();
      expect(apiCalls()).toEqual([]);
    });

    it('after Pay, GET answers succeeded to the same browser — the summary fields only — and { checkoutSession: null } to another browser', async () => {
      const jar = cookieJar();
      const bought = await buy(jar);
      expect((await pay(bought.body.url)).status).toBe(303);
      const mine = await confirm(jar);
      expect(mine.status).toBe(200);
      const session = standIn.sessions.get((bought.body.checkoutSession as { id: string }).id);
      expect(mine.body).toEqual({
        checkoutSession: {
          id: session?.id,
          status: 'succeeded',
          type: 'product',
          livemode: false,
          priceId: 'price_stand_in_tshirt',
          quantity: 2,
          outputName: null,
          outputMetadata: null,
          createdAt: session?.createdAt,
          expires: session?.expires,
        },
      });
      const other = await confirm(cookieJar());
      expect([other.status, other.body]).toEqual([200, NONE]);
    });

    it('a different signed-in customer with the same cookie gets none; signed out too; the buyer again gets 200', async () => {
      const jar = cookieJar();
      await buy(jar);
      signedIn = 'someone_else';
      expect((await confirm(jar)).body).toEqual(NONE);
      signedIn = null;
      expect((await confirm(jar)).body).toEqual(NONE);
      signedIn = SERVER_CUSTOMER;
      expect((await confirm(jar)).status).toBe(200);
    });

    it('a guest reads their own checkout back, even after signing in; nobody else does', async () => {
      signedIn = null;
      const jar = cookieJar();
      const bought = await buy(jar);
      await pay(bought.body.url);
      expect((await confirm(jar)).body.checkoutSession).toMatchObject({ status: 'succeeded' });
      signedIn = 'later_signed_in';
      expect((await confirm(jar)).status).toBe(200);
      expect((await confirm(cookieJar())).body).toEqual(NONE);
    });

    it('a forged or tampered cookie, or one signed with another key, gets none and costs no Flowglad call', async () => {
      const jar = cookieJar();
      await buy(jar);
      const value = jar.get('__Host-flowglad_checkout') ?? '';
      standIn.requests.length = 0;
      const [id = '', signature = ''] = value.split('.');
      for (const forged of [
        `${id}.${signature.slice(1)}A`,
        `chckt_session_other.${signature}`,
        id,
        `${id}.`,
        '.',
        'x;y',
      ]) {
        const tampered = cookieJar();
        tampered.set('__Host-flowglad_checkout', forged);
        expect((await confirm(tampered)).body).toEqual(NONE);
      }
      const otherKey = handlerFor({ url: standIn.url, apiKey: 'sk_test_local-another-key' }, { getCustomer });
      expect((await confirm(jar, otherKey)).body).toEqual(NONE);
      expect(apiCalls()).toEqual([]);
    });

    it('pending and failed payments read as such', async () => {
      standIn.queuePaymentOutcome('pending');
      standIn.queuePaymentOutcome('failed');
      for (const status of ['pending', 'failed']) {
        const jar = cookieJar();
        await pay((await buy(jar)).body.url);
        expect((await confirm(jar)).body.checkoutSession).toMatchObject({ status });
      }
    });

    it('the already-subscribed bounce (sent to successUrl unpaid) reads as open', async () => {
      const first = cookieJar();
      await pay((await buy(first, make(), { priceId: 'price_stand_in_pro_monthly', quantity: 1 })).body.url);
      const second = cookieJar();
      const again = await buy(second, make(), { priceId: 'price_stand_in_pro_monthly', quantity: 1 });
      const bounce = await fetch(String(again.body.url), { redirect: 'manual' });
      expect([bounce.status, bounce.headers.get('location')]).toEqual([307, `${SHOP}/thanks`]);
      expect((await confirm(second)).body.checkoutSession).toMatchObject({ status: 'open' });
    });

    it('a session Flowglad no longer has (deleted after 14 days) is none, not 502, and not reported', async () => {
      const onError = vi.fn();
      const jar = cookieJar();
      const bought = await buy(jar);
      standIn.sessions.delete((bought.body.checkoutSession as { id: string }).id);
      const gone = await confirm(jar, make({ onError }));
      expect([gone.status, gone.body]).toEqual([200, NONE]);
      expect(onError).not.toHaveBeenCalled();
    });

    it('Flowglad failing on the GET is 502 (reported); too slow is 504', async () => {
      const onError = vi.fn();
      const jar = cookieJar();
      await buy(jar);
      standIn.failNext(500);
      const failed = await confirm(jar, make({ onError }));
      expect([failed.status, failed.body.error?.code]).toEqual([502, 'upstream_error']);
      expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'get_session' });
      standIn.latencyMs = 300;
      try {
        expect((await confirm(jar, make({ timeoutMs: 50 }))).status).toBe(504);
      } finally {
        standIn.latencyMs = 0;
      }
    });

    it('one handler answers both methods (export { handler as GET, handler as POST }); a cross-site GET is 403', async () => {
      const handler = make();
      const jar = cookieJar();
      await buy(jar, handler);
      expect((await confirm(jar, handler)).status).toBe(200);
      const crossSite = await handler(
        new Request(ROUTE, { headers: { cookie: jar.header(), 'sec-fetch-site': 'cross-site' } }),
      );
      expect(crossSite.status).toBe(403);
    });

    it('handler.getCheckoutSession reads what the GET answers, for a page rendered on the server', async () => {
      const handler = make();
      const page = (jar: Jar, headers: Record<string, string> = {}) =>
        handler.getCheckoutSession(
          new Request(`${SHOP}/thanks`, { headers: { cookie: jar.header(), ...headers } }),
        );
      expect(await page(cookieJar())).toEqual({ status: 'none', checkoutSession: null });
      const jar = cookieJar();
      const bought = await buy(jar, handler);
      // The thanks page is a navigation from Flowglad's site: no Origin check here.
      const open = await page(jar, { 'sec-fetch-site': 'cross-site' });
      expect(open).toMatchObject({ status: 'open', checkoutSession: { status: 'open', quantity: 2 } });
      await pay(bought.body.url);
      const paid = await page(jar);
      expect(paid.status).toBe('succeeded');
      expect(paid.checkoutSession).toEqual((await confirm(jar, handler)).body.checkoutSession);
    });

    it('handler.getCheckoutSession reports a failure to onError and throws a coded CheckoutError', async () => {
      const onError = vi.fn();
      const handler = make({ onError });
      const jar = cookieJar();
      await buy(jar, handler);
      standIn.failNext(500);
      const failure = await handler
        .getCheckoutSession(new Request(`${SHOP}/thanks`, { headers: { cookie: jar.header() } }))
        .catch((error: unknown) => error);
      expect(isCheckoutError(failure)).toBe(true);
      expect(failure).toMatchObject({ code: 'http', status: 502, routeCode: 'upstream_error' });
      expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'get_session', status: 502 });
    });
  },
);
