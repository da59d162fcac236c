import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startFlowgladStandIn } from '../../src/testing';
import { createSession, product } from './stand-in-helpers';

const standIn = await startFlowgladStandIn({
  customers: [{ externalId: 'user_1', name: 'Ada', email: 'ada@example.com' }],
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

type Created = { checkoutSession: { id: string }; url: string };
const open = async (input: Record<string, unknown>): Promise<Created> =>
  (await createSession(standIn, input)).json();
const pay = (url: string, form?: Record<string, string>) =>
  fetch(`${url}/pay`, {
    method: 'POST',
    redirect: 'manual',
    ...(form && { body: new URLSearchParams(form) }),
  });
const status = (created: Created) => standIn.sessions.get(created.checkoutSession.id)?.status;

describe('hosted checkout pages', () => {
  it('the product page shows product, quantity and total and a Pay button, and no cancel control', async () => {
    const created = await open(product({ quantity: 2 }));
    const page = await fetch(created.url);
    const html = await page.text();
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Stand-in T-shirt');
    expect(html).toContain('<dd>2</dd>');
    expect(html).toContain('Pay $50.00');
    expect(html).toContain(`action="/checkout/${created.checkoutSession.id}/pay"`);
    expect(html).not.toMatch(/cancel/i);
    expect(html).not.toContain('https://shop.test/cart');
    expect((await fetch(`${created.url}/cancel`, { method: 'POST' })).status).toBe(404);
  });

  it('Pay marks succeeded and 303s to successUrl; paying again is 409', async () => {
    const created = await open(product());
    const paid = await pay(created.url);
    expect([paid.status, paid.headers.get('location')]).toEqual([303, 'https://shop.test/thanks']);
    expect(status(created)).toBe('succeeded');
    expect((await pay(created.url)).status).toBe(409);
    expect(await (await fetch(created.url)).text()).toContain('This checkout is succeeded');
  });

  it('queued outcomes: pending goes to successUrl, failed to a failure page; then succeeded again', async () => {
    standIn.queuePaymentOutcome('pending');
    standIn.queuePaymentOutcome('failed');
    const first = await open(product());
    const pending = await pay(first.url);
    expect([pending.headers.get('location'), status(first)]).toEqual(['https://shop.test/thanks', 'pending']);
    const second = await open(product());
    const failed = await pay(second.url);
    expect([failed.status, status(second)]).toEqual([303, 'failed']);
    const failure = await fetch(new URL(failed.headers.get('location') ?? '', standIn.url));
    expect(await failure.text()).toContain('Payment failed');
    const third = await open(product());
    await pay(third.url);
    expect(status(third)).toBe('succeeded');
  });

  it('the add-payment-method page links back to cancelUrl', async () => {
    const created = await open(product({ type: 'add_payment_method', priceId: undefined }));
    const html = await (await fetch(created.url)).text();
    expect(html).toContain('Save payment method');
    expect(html).toContain('href="https://shop.test/cart"');
    expect((await pay(created.url)).status).toBe(303);
  });

  it('a guest pays: a new customer with a random external id and the typed email', async () => {
    const created = await open(product({ anonymous: true, customerExternalId: undefined }));
    const html = await (await fetch(created.url)).text();
    expect(html).toContain('name="email"');
    expect((await pay(created.url, { email: 'guest@shop.test' })).status).toBe(303);
    const session = standIn.sessions.get(created.checkoutSession.id);
    const guest = [...standIn.customers.values()].find((customer) => customer.id === session?.customerId);
    expect(guest).toMatchObject({
      email: 'guest@shop.test',
      externalId: expect.stringMatching(/^[0-9a-f]{10,}$/),
    });
    expect(session).toMatchObject({ status: 'succeeded', customerEmail: 'guest@shop.test' });
  });

  it('a customer with a paid subscription opening another subscription checkout is sent to successUrl unpaid', async () => {
    const first = await open(product({ priceId: 'price_stand_in_pro_monthly' }));
    expect((await fetch(first.url)).status).toBe(200); // only the free default plan so far
    await pay(first.url);
    const second = await open(product({ priceId: 'price_stand_in_pro_monthly' }));
    const bounce = await fetch(second.url, { redirect: 'manual' });
    expect([bounce.status, bounce.headers.get('location')]).toEqual([307, 'https://shop.test/thanks']);
    expect(status(second)).toBe('open');
    expect((await fetch((await open(product())).url)).status).toBe(200); // a one-off product is not blocked
  });

  it('a session past its expiry stays open (Flowglad never expires one itself); unknown ids are a 404 page', async () => {
    const created = await open(product());
    const stored = standIn.sessions.get(created.checkoutSession.id);
    if (stored) stored.expires = Date.now() - 1;
    expect((await pay(created.url)).status).toBe(303);
    expect((await fetch(`${standIn.url}/checkout/chckt_session_nope`)).status).toBe(404);
  });
});

describe('a stand-in that allows several subscriptions per customer', () => {
  it('does not bounce the second subscription checkout', async () => {
    const lenient = await startFlowgladStandIn({
      customers: [{ externalId: 'user_1' }],
      allowMultipleSubscriptionsPerCustomer: true,
    });
    try {
      const created = async () =>
        (await createSession(lenient, product({ priceId: 'price_stand_in_pro_monthly' }))).json();
      await pay((await created()).url);
      expect((await fetch((await created()).url, { redirect: 'manual' })).status).toBe(200);
    } finally {
      await lenient.close();
    }
  });
});
