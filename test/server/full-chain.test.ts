import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type CheckoutError, createCheckoutSession } from '../../src/index';
import { createCheckoutSessionHandler, type NodeHandler, toNodeHandler } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { serve } from './helpers';

// The whole journey over real loopback HTTP: client → the app's route under Node http → Flowglad stand-in.
const standIn = await startFlowgladStandIn();
let signedIn = true;
let listener: NodeHandler = () => {};
const route = await serve((req, res) => listener(req, res));
listener = toNodeHandler(
  createCheckoutSessionHandler({
    apiKey: standIn.apiKey,
    baseUrl: standIn.url,
    appOrigins: [route.url],
    getCustomer: () => (signedIn ? { externalId: 'shopper_42', email: 'shopper@example.com' } : null),
    onError: () => {},
  }),
);
afterAll(async () => {
  await route.close();
  await standIn.close();
});
beforeEach(() => {
  standIn.reset();
  signedIn = true;
});

// Node has no page: the endpoint is absolute and the return URLs explicit, on the route's own origin.
const config = () => ({
  endpoint: `${route.url}/api/checkout-sessions`,
  allowedRedirectOrigins: [standIn.url],
});
const input = {
  priceSlug: 'tshirt',
  quantity: 3,
  successUrl: `${route.url}/thanks`,
  cancelUrl: `${route.url}/cart`,
};
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected the checkout to fail'),
    (error: unknown) => error as CheckoutError,
  );

describe('client → route → Flowglad stand-in', () => {
  it('creates a session the shopper can pay, and lands on successUrl', async () => {
    const result = await createCheckoutSession(input, config());
    expect(result.url).toBe(`${standIn.url}/checkout/${result.checkoutSession?.id}`);
    expect(result.checkoutSession).toMatchObject({
      status: 'open',
      quantity: 3,
      customerEmail: 'shopper@example.com',
    });
    const create = standIn
      .apiRequests()
      .find((request) => request.method === 'POST' && request.path === '/api/v1/checkout-sessions');
    expect(create?.body).toMatchObject({
      checkoutSession: { customerExternalId: 'shopper_42', priceSlug: 'tshirt' },
    });

    const page = await (await fetch(result.url)).text();
    expect(page).toContain('$75.00');
    const pay = await fetch(`${result.url}/pay`, { method: 'POST', redirect: 'manual' });
    expect([pay.status, pay.headers.get('location')]).toEqual([303, input.successUrl]);
    const after = await fetch(`${standIn.url}/api/v1/checkout-sessions/${result.checkoutSession?.id}`, {
      headers: { authorization: `Bearer ${standIn.apiKey}` },
    });
    expect((await after.json()).checkoutSession.status).toBe('succeeded');
  });

  it('the browser that paid reads its checkout back with GET on the same route (its cookie); another browser gets { checkoutSession: null }', async () => {
    const checkout = await fetch(`${route.url}/api/checkout-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: route.url },
      body: JSON.stringify({ checkoutSession: { type: 'product', ...input } }),
    });
    const cookie = checkout.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const { url } = await checkout.json();
    await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
    const mine = await fetch(`${route.url}/api/checkout-sessions`, { headers: { cookie } });
    expect([mine.status, (await mine.json()).checkoutSession.status]).toEqual([200, 'succeeded']);
    const other = await fetch(`${route.url}/api/checkout-sessions`);
    expect([other.status, await other.json()]).toEqual([200, { checkoutSession: null }]);
  });

  it('shows the shopper the route’s own words when signed out, refused, or when Flowglad refuses', async () => {
    signedIn = false;
    const signedOut = await failure(createCheckoutSession(input, config()));
    expect(signedOut).toMatchObject({
      code: 'http',
      status: 401,
      message: 'Please sign in to continue to checkout.',
    });

    signedIn = true;
    const offSite = await failure(
      createCheckoutSession({ ...input, successUrl: 'https://evil.test/' }, config()),
    );
    expect(offSite).toMatchObject({
      code: 'http',
      status: 400,
      issues: [{ path: ['successUrl'], message: expect.any(String) }],
    });

    const unknown = await failure(createCheckoutSession({ ...input, priceSlug: 'gone' }, config()));
    expect(unknown).toMatchObject({
      code: 'http',
      status: 400,
      message: 'This product cannot be bought right now. Please contact the shop.',
    });
    expect(standIn.sessions.size).toBe(0);
  });

  it('reports Flowglad being down as a 502 with a generic message', async () => {
    standIn.failNext(500, 5);
    const down = await failure(createCheckoutSession(input, config()));
    expect(down).toMatchObject({
      code: 'http',
      status: 502,
      message: expect.stringMatching(/^Checkout is unavailable/),
    });
  });
});
