import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { isCheckoutError } from '../../src';
import type { CheckoutSessionHandlerOptions } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { handlerFor, SERVER_SHOPPER, SHOP } from './helpers';

// handler.createCheckoutSession(request, input): the route's POST for a Server Action or a framework
// action, answered as data. The request is the shopper's own form post to the page.
const standIn = await startFlowgladStandIn({ customers: [SERVER_SHOPPER] });
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  signedIn = true;
});

let signedIn = true;
const make = (options: Partial<CheckoutSessionHandlerOptions> = {}) =>
  handlerFor(standIn, { getCustomer: () => (signedIn ? SERVER_SHOPPER : null), ...options });
const PAGE = `${SHOP}/products/tee`;
/** The request a Server Action sees: the browser's POST to the page, with its Origin, Referer and cookies. */
const actionRequest = (headers: Record<string, string> = {}) =>
  new Request(PAGE, { method: 'POST', headers: { origin: SHOP, referer: PAGE, ...headers } });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
const creates = () => standIn.apiRequests().filter((request) => request.method === 'POST');

describe('handler.createCheckoutSession (Server Actions and framework actions)', () => {
  it('creates the session: Flowglad’s url, the cookie as a header and as fields; relative and absent return URLs resolve against the page', async () => {
    const handler = make();
    const started = await handler.createCheckoutSession(actionRequest(), {
      priceSlug: 'tshirt',
      quantity: 2,
      successUrl: '/thanks',
    });
    expect(started.url).toMatch(`${standIn.url}/checkout/chckt_session_`);
    expect(started.reused).toBe(false);
    const sent = standIn.sessions.get(started.checkoutSession.id);
    expect(sent).toMatchObject({ quantity: 2, successUrl: `${SHOP}/thanks`, cancelUrl: PAGE });
    expect(started.cookie).toEqual({
      name: '__Host-flowglad_checkout',
      value: expect.stringMatching(new RegExp(`^${started.checkoutSession.id}\\.`)),
      path: '/',
      maxAge: 1_209_600,
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
    });
    expect(started.setCookie).toMatch(
      new RegExp(`^__Host-flowglad_checkout=${started.cookie?.value}; Path=/;`),
    );
    // The thanks page reads it back with that cookie.
    const thanks = new Request(`${SHOP}/thanks`, {
      headers: { cookie: `${started.cookie?.name}=${started.cookie?.value}` },
    });
    expect(await handler.getCheckoutSession(thanks)).toMatchObject({ status: 'open' });
  });

  it('from another site: a CheckoutError with routeCode forbidden_origin, nothing sent to Flowglad', async () => {
    const error = await failure(
      make().createCheckoutSession(
        actionRequest({ origin: 'https://evil.test', referer: 'https://evil.test/' }),
        {
          priceSlug: 'tshirt',
        },
      ),
    );
    expect(isCheckoutError(error, 'http')).toBe(true);
    expect(error).toMatchObject({ status: 403, routeCode: 'forbidden_origin' });
    expect(standIn.apiRequests()).toEqual([]);
  });

  it('signed out (no guestCheckout): routeCode unauthenticated; bad input: invalid_input with its issues', async () => {
    signedIn = false;
    const handler = make();
    expect(
      await failure(handler.createCheckoutSession(actionRequest(), { priceSlug: 'tshirt' })),
    ).toMatchObject({
      status: 401,
      routeCode: 'unauthenticated',
      message: expect.stringContaining('(401 unauthenticated)'),
    });
    signedIn = true;
    const invalid = await failure(
      handler.createCheckoutSession(actionRequest(), { priceSlug: 'tshirt', quantity: 0 }),
    );
    expect(invalid).toMatchObject({
      status: 400,
      routeCode: 'invalid_input',
      issues: [{ path: ['quantity'], message: expect.stringContaining('quantity') }],
      message: expect.stringContaining('quantity:'),
    });
    expect(creates()).toEqual([]);
  });

  it('the same browser asking again gets its open session (reused), as the route’s POST would', async () => {
    const handler = make();
    const first = await handler.createCheckoutSession(actionRequest(), { priceSlug: 'tshirt' });
    const again = await handler.createCheckoutSession(
      actionRequest({ cookie: `${first.cookie?.name}=${first.cookie?.value}` }),
      { priceSlug: 'tshirt' },
    );
    expect([again.url, again.reused]).toEqual([first.url, true]);
    expect(creates().filter((request) => request.path === '/api/v1/checkout-sessions')).toHaveLength(1);
  });
});
