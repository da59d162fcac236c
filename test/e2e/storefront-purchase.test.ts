import { describe, expect, it, vi } from 'vitest';
import { ARTIFACTS, withStorefront } from './with-storefront';

// The whole purchase in a real Chromium: the demo store (`npm run dev`'s config) → its checkout route
// (the library's handler) → the embedded Flowglad stand-in's hosted page → the store's thanks page,
// which asks the same route how the checkout went.
const warn = vi.spyOn(console, 'warn');
const shop = withStorefront();
const WAIT = { timeout: 10_000 };

describe('demo store: buying in Chromium', () => {
  it('a guest buys 2 T-shirts: an anonymous session at Flowglad, an email on the hosted page, Pay → the thanks page says Paid', async () => {
    const { page, store } = shop;
    await page.screenshot({ path: `${ARTIFACTS}storefront.png`, fullPage: true });
    await shop.product('Flow T-shirt').getByRole('button', { name: 'One more' }).click();
    await shop.buyButton('Flow T-shirt').click();
    await shop.onHostedPage();
    await page.getByLabel('Email').fill('ada@example.com');
    await page.screenshot({ path: `${ARTIFACTS}hosted-page-guest.png`, fullPage: true });
    const session = shop.hostedSession();
    expect(session).toMatchObject({ status: 'open', quantity: 2, customerId: null });

    const [create, ...more] = shop.sessionCreates();
    expect(more).toEqual([]);
    expect(create?.body).toEqual({
      checkoutSession: {
        type: 'product',
        anonymous: true,
        priceSlug: 'tshirt',
        quantity: 2,
        successUrl: `${store.url}/success`,
        cancelUrl: `${store.url}/`,
        outputMetadata: { product: 'tshirt' },
      },
    });
    expect(shop.customerCalls()).toEqual([]);

    await shop.pay('$50.00');
    await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('Paid');
    const main = await page.locator('main').textContent();
    expect(main).toContain('Thank you for your order');
    expect(main).toContain('2 × Flow T-shirt');
    expect(main).toContain('$50.00');
    expect(main).toContain(session?.id);
    expect(session).toMatchObject({ status: 'succeeded', customerEmail: 'ada@example.com' });
    const buyers = [...store.standIn.customers.values()];
    expect(buyers.map(({ email, externalId }) => ({ email, random: externalId !== 'demo-shopper' }))).toEqual(
      [{ email: 'ada@example.com', random: true }],
    );
    await page.screenshot({ path: `${ARTIFACTS}thanks-paid.png`, fullPage: true });
  });

  it('another browser opening the success URL sees no checkout', async () => {
    const { page, store, browser } = shop;
    await shop.buyButton('Checkout mug').click();
    await shop.onHostedPage();
    await shop.pay('$12.00');
    await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('Paid');

    const other = await browser.newContext();
    try {
      const stranger = await other.newPage();
      const asked: string[] = [];
      stranger.on('request', (request) => {
        if (request.url().startsWith(`${store.url}/api/checkout-sessions`)) asked.push(request.url());
      });
      const answer = await stranger.goto(`${store.url}/success`);
      // Server-rendered from the route's read: the HTML says so, and nothing is asked again once hydrated.
      expect(await answer?.text()).toContain('No recent checkout in this browser');
      await shop.hydrated(stranger);
      expect(asked).toEqual([]);
      expect(await stranger.getByTestId('payment-status').textContent()).toBe('No checkout');
      expect(await stranger.getByRole('heading', { level: 1 }).textContent()).toBe(
        'No recent checkout in this browser',
      );
      expect(await stranger.locator('main').textContent()).not.toContain(
        shop.hostedSession()?.id ?? 'chckt_',
      );
      await stranger.screenshot({ path: `${ARTIFACTS}thanks-none.png`, fullPage: true });
    } finally {
      await other.close();
    }
    expect(await page.locator('main').textContent()).toContain('1 × Checkout mug');
  });

  it('a signed-in shopper subscribes to the Pro plan as customer demo-shopper → Paid; signed out, the thanks page shows no checkout', async () => {
    const { page, store } = shop;
    await shop.signIn();
    await shop.buyButton('Pro plan').click();
    await shop.onHostedPage();
    expect(await page.getByLabel('Email').count()).toBe(0); // a known customer: no email to ask
    expect(shop.hostedSession()).toMatchObject({ customerName: 'Demo Shopper', type: 'product' });
    const [create] = shop.sessionCreates();
    expect(create?.body).toMatchObject({
      checkoutSession: { type: 'product', priceSlug: 'pro-monthly', customerExternalId: 'demo-shopper' },
    });
    expect(create?.body).not.toHaveProperty('checkoutSession.anonymous');

    await shop.pay('$19.00 / month');
    await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('Paid');
    expect(await page.locator('main').textContent()).toContain('1 × Pro plan');
    expect(store.standIn.subscriptions).toMatchObject([
      { customerExternalId: 'demo-shopper', priceId: 'price_demo_pro_monthly', status: 'active' },
    ]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Shopping as a guest').waitFor();
    await page.reload();
    await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('No checkout');
  });

  it('a subscriber is told they have the plan: the card says so, and a second subscription from a stale tab lands on Already subscribed', async () => {
    const { page, store } = shop;
    await shop.signIn();
    const stale = await page.context().newPage(); // the store open in another tab, from before the payment
    try {
      await stale.goto(store.url);
      await stale.getByText('Signed in as Demo Shopper').waitFor();
      await shop.hydrated(stale);
      await shop.buyButton('Pro plan').click();
      await shop.onHostedPage();
      await shop.pay('$19.00 / month');
      await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('Paid');

      await page.goto(store.url);
      const plan = shop.product('Pro plan');
      await plan.getByText('You subscribe to this plan.').waitFor();
      expect(await plan.getByRole('button', { name: /^Subscribe / }).count()).toBe(0);
      await page.screenshot({ path: `${ARTIFACTS}storefront-subscriber.png`, fullPage: true });

      // The stale tab still offers the plan: Flowglad's page sends a subscriber straight back, unpaid.
      await stale
        .getByRole('article', { name: 'Pro plan' })
        .getByRole('button', { name: /^Subscribe / })
        .click();
      await stale.waitForURL(`${store.url}/success`);
      const status = stale.getByTestId('payment-status');
      await expect.poll(() => status.textContent(), WAIT).toBe('Already subscribed');
      expect(await stale.getByRole('heading', { level: 1 }).textContent()).toBe(
        'You already subscribe to this plan',
      );
      expect(await stale.locator('main').textContent()).not.toMatch(/try again/i);
      const sessions = [...store.standIn.sessions.values()];
      expect(sessions.map(({ status }) => status)).toEqual(['succeeded', 'open']);
      expect(store.standIn.subscriptions).toHaveLength(1);
      await stale.screenshot({ path: `${ARTIFACTS}thanks-already-subscribed.png`, fullPage: true });
    } finally {
      await stale.close();
    }
  });

  it('a payment still settling shows Processing… and turns Paid when the bank confirms (the page polls)', async () => {
    const { page, store } = shop;
    store.standIn.queuePaymentOutcome('pending');
    await shop.buyButton('Checkout mug').click();
    await shop.onHostedPage();
    const session = shop.hostedSession();
    await shop.pay('$12.00');
    await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('Processing…');
    await page.screenshot({ path: `${ARTIFACTS}thanks-processing.png`, fullPage: true });
    if (session) session.status = 'succeeded'; // the bank debit settles at Flowglad
    await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('Paid');
  });

  it('a declined payment: the hosted failure page links back to the store, and the thanks page says Payment failed', async () => {
    const { page, store } = shop;
    store.standIn.queuePaymentOutcome('failed');
    await shop.buyButton('Checkout mug').click();
    await shop.onHostedPage();
    await shop.fillGuestEmail();
    await page.getByRole('button', { name: 'Pay $12.00' }).click();
    await page.getByRole('heading', { name: 'Payment failed' }).waitFor();
    await page.getByRole('link', { name: 'Back to the shop' }).click();
    await page.waitForURL(`${store.url}/`);
    expect(await shop.buyButton('Checkout mug').getAttribute('data-state')).toBe('idle');

    await page.goto(`${store.url}/success`);
    await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('Payment failed');
    await page.screenshot({ path: `${ARTIFACTS}thanks-failed.png`, fullPage: true });
  });

  it("the add-payment-method page's Back link returns to the store (cancelUrl): nothing saved, the button usable", async () => {
    const { page, store } = shop;
    await shop.signIn();
    const add = page.getByRole('button', { name: 'Add a payment method' });
    await add.click();
    await page.waitForURL(`${store.standIn.url}/add-payment-method/*`);
    const session = shop.hostedSession();
    expect(session).toMatchObject({ type: 'add_payment_method', cancelUrl: `${store.url}/` });
    await page.getByRole('link', { name: '← Back' }).click();
    await page.waitForURL(`${store.url}/`);
    await expect.poll(() => add.getAttribute('data-state'), WAIT).toBe('idle');
    expect(await add.isEnabled()).toBe(true);
    expect(session?.status).toBe('open');
  });

  it("runs the route with the store's own origins: the library printed no warning", async () => {
    const answer = await fetch(`${shop.store.url}/api/checkout-sessions`); // the route exists (run alone too)
    expect([answer.status, await answer.json()]).toEqual([200, { checkoutSession: null }]);
    const ours = warn.mock.calls.filter(([message]) => String(message).includes('react-flowglad-checkout'));
    expect(ours).toEqual([]);
  });
});
