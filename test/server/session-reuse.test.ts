import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckoutSessionHandlerOptions } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { handlerFor, post, read, SERVER_SHOPPER, validSession } from './helpers';

const standIn = await startFlowgladStandIn({
  customers: [SERVER_SHOPPER, { externalId: 'other_shopper', email: 'other@example.com' }],
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  standIn.latencyMs = 0;
  signedIn = SERVER_SHOPPER;
});

let signedIn: { externalId: string; email: string } | null = SERVER_SHOPPER;
const make = (options: Partial<CheckoutSessionHandlerOptions> = {}) =>
  handlerFor(standIn, {
    getCustomer: () => signedIn,
    guestCheckout: { prices: ['price_stand_in_tshirt'] },
    ...options,
  });

/** A browser: it keeps the checkout cookie the route sets and sends it back. */
function browser() {
  let cookie = '';
  return {
    async buy(handler = make(), overrides: Record<string, unknown> = {}) {
      const response = await handler(post({ checkoutSession: validSession(overrides) }, { cookie }));
      const [line] = response.headers.getSetCookie();
      if (line) cookie = line.split(';')[0] ?? '';
      const answer = await read(response);
      return answer.body as { url: string; reused: boolean; checkoutSession: { id: string; status: string } };
    },
    cookie: () => cookie,
  };
}
const creates = () =>
  standIn
    .apiRequests()
    .filter((request) => request.method === 'POST' && request.path === '/api/v1/checkout-sessions');
const pay = (url: string) => fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });

describe('one Flowglad session per purchase: the open session is answered again', () => {
  it('the same browser asking twice: one Flowglad create, the same url, reused: true the second time', async () => {
    const shopper = browser();
    const first = await shopper.buy();
    const second = await shopper.buy();
    expect(first.reused).toBe(false);
    expect([second.reused, second.url, second.checkoutSession.id]).toEqual([
      true,
      first.url,
      first.checkoutSession.id,
    ]);
    expect(creates()).toHaveLength(1);
    expect(standIn.apiRequests().at(-1)).toMatchObject({
      method: 'GET',
      path: `/api/v1/checkout-sessions/${first.checkoutSession.id}`,
    });
  });

  it('a guest asking twice from the same browser gets the same session', async () => {
    signedIn = null;
    const guest = browser();
    const first = await guest.buy();
    expect((await guest.buy()).url).toBe(first.url);
    expect(creates()).toHaveLength(1);
  });

  it.each([
    { name: 'quantity', change: { quantity: 3 } },
    { name: 'price', change: { priceId: 'price_stand_in_pro_monthly' } },
    { name: 'successUrl', change: { successUrl: 'https://shop.test/thanks?again' } },
    { name: 'outputMetadata', change: { outputMetadata: { cartId: 'c2' } } },
    { name: 'outputName', change: { outputName: 'Gift' } },
  ])('a changed $name: a new session', async ({ change }) => {
    const shopper = browser();
    const first = await shopper.buy();
    const changed = await shopper.buy(make(), change);
    expect(changed.reused).toBe(false);
    expect(changed.url).not.toBe(first.url);
    expect(creates()).toHaveLength(2);
  });

  it('a paid session is never handed out again', async () => {
    const shopper = browser();
    const first = await shopper.buy();
    await pay(first.url);
    const again = await shopper.buy();
    expect([again.reused, again.checkoutSession.status]).toEqual([false, 'open']);
    expect(again.url).not.toBe(first.url);
    expect(creates()).toHaveLength(2);
  });

  it.each([
    { name: 'failed', change: { status: 'failed' } },
    { name: 'expired', change: { status: 'expired' } },
    { name: 'expiring within 30 minutes', change: { expires: Date.now() + 10 * 60 * 1000 } },
  ])('a session $name gets a new one', async ({ change }) => {
    const shopper = browser();
    const first = await shopper.buy();
    Object.assign(standIn.sessions.get(first.checkoutSession.id) ?? {}, change);
    expect((await shopper.buy()).url).not.toBe(first.url);
    expect(creates()).toHaveLength(2);
  });

  it('another browser never receives someone else’s session; another customer with this browser’s cookie neither', async () => {
    const shopper = browser();
    const first = await shopper.buy();
    expect((await browser().buy()).url).not.toBe(first.url);
    signedIn = { externalId: 'other_shopper', email: 'other@example.com' };
    const other = await shopper.buy();
    expect(other.url).not.toBe(first.url);
    signedIn = null;
    const guest = await browser().buy();
    expect([guest.url === first.url, guest.url === other.url]).toEqual([false, false]);
    expect(creates()).toHaveLength(4);
  });

  it('concurrent identical POSTs of one signed-in shopper (a double tap, two tabs) share one session', async () => {
    standIn.latencyMs = 40;
    const handler = make();
    const answers = await Promise.all([
      browser().buy(handler),
      browser().buy(handler),
      browser().buy(handler),
    ]);
    expect(new Set(answers.map((answer) => answer.url)).size).toBe(1);
    expect(answers.map((answer) => answer.reused).sort()).toEqual([false, true, true]);
    expect(creates()).toHaveLength(1);
  });

  it('two guests without a cookie, at the same moment, never share a session', async () => {
    signedIn = null;
    standIn.latencyMs = 40;
    const handler = make();
    const [one, two] = await Promise.all([browser().buy(handler), browser().buy(handler)]);
    expect(one.url).not.toBe(two.url);
    expect(creates()).toHaveLength(2);
  });

  it('two guests each with a cookie of their own, at the same moment, never share either', async () => {
    signedIn = null;
    const handler = make();
    const [a, b] = [browser(), browser()];
    await a.buy(handler, { quantity: 1 });
    await b.buy(handler, { quantity: 1 });
    standIn.latencyMs = 40;
    const [one, two] = await Promise.all([a.buy(handler), b.buy(handler)]);
    expect(one.url).not.toBe(two.url);
  });

  it('add_payment_method is never reused (Flowglad reads its url back as a /checkout page)', async () => {
    const shopper = browser();
    const card = { type: 'add_payment_method', priceId: undefined, quantity: undefined };
    const first = await shopper.buy(make(), card);
    const second = await shopper.buy(make(), card);
    expect([second.reused, second.url === first.url]).toEqual([false, false]);
  });

  it('a Flowglad failing to read the open session back: a new one is created instead', async () => {
    const onError = vi.fn();
    const shopper = browser();
    const first = await shopper.buy(make({ onError }));
    standIn.failNext(500);
    const second = await shopper.buy(make({ onError }));
    expect([second.reused, second.url === first.url]).toEqual([false, false]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('reuseOpenSessions: false — every POST creates a session', async () => {
    const handler = make({ reuseOpenSessions: false });
    const shopper = browser();
    const first = await shopper.buy(handler);
    const second = await shopper.buy(handler);
    expect([second.reused, second.url === first.url]).toEqual([false, false]);
    expect(creates()).toHaveLength(2);
    expect(() => make({ reuseOpenSessions: 'no' as never })).toThrow(/reuseOpenSessions must be true/);
  });

  it('the GET still reads the reused session back for the thanks page', async () => {
    const handler = make();
    const shopper = browser();
    await shopper.buy(handler);
    const again = await shopper.buy(handler);
    const answer = await read(
      await handler(
        new Request('https://shop.test/api/checkout-sessions', { headers: { cookie: shopper.cookie() } }),
      ),
    );
    expect((answer.body.checkoutSession as { id: string }).id).toBe(again.checkoutSession.id);
  });
});
