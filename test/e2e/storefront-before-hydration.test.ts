import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Request as PageRequest } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { ARTIFACTS, withStorefront } from './with-storefront';

// Issue 20 on the demo store: its pages are rendered on the server, so a product button is a form that
// posts to the checkout route before React has hydrated the page — or with JavaScript off — and the
// thanks page says Paid in its HTML. The store runs as `npm run dev` serves it, in a real Chromium.
const shop = withStorefront();
const WAIT = { timeout: 10_000 };

/** What the page sent to the checkout route, with the content type that tells a form post from the JSON call. */
function checkoutCalls(page: Page) {
  const calls: { method: string; type: string | undefined }[] = [];
  const onRequest = (request: PageRequest) => {
    if (!request.url().startsWith(`${shop.store.url}/api/checkout-sessions`)) return;
    calls.push({ method: request.method(), type: request.headers()['content-type']?.split(';')[0] });
  };
  page.on('request', onRequest);
  return calls;
}

/**
 * Holds the page's script (`/main.tsx`, which hydrates it) until `release` is called, or for `ms`:
 * the page is painted from the server's HTML and nothing on it is hydrated meanwhile.
 */
async function holdHydration(page: Page, ms = Number.POSITIVE_INFINITY) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
    if (Number.isFinite(ms)) setTimeout(resolve, ms);
  });
  await page.route(
    (url) => url.pathname === '/main.tsx',
    async (route) => {
      await released;
      // The page may have left meanwhile (the form post navigated): its request is gone.
      await route.continue().catch(() => {});
    },
  );
  return release;
}

/** A tab with JavaScript turned off, in a context of its own (its own cookies): the page as HTML and forms only. */
async function withoutJavaScript(run: (page: Page) => Promise<void>) {
  const context = await shop.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(shop.store.url);
    await run(page);
  } finally {
    await context.close();
  }
}

describe('demo store before hydration, in Chromium', () => {
  it('with JavaScript off, a guest buys a mug: the form posts, 303 to the hosted page, Pay, and the server-rendered thanks page says Paid', async () => {
    const { store } = shop;
    await withoutJavaScript(async (page) => {
      const calls = checkoutCalls(page);
      await page
        .getByRole('article', { name: 'Checkout mug' })
        .getByRole('button', { name: /^Buy / })
        .click();
      await page.waitForURL(`${store.standIn.url}/checkout/*`);
      expect(calls).toEqual([{ method: 'POST', type: 'application/x-www-form-urlencoded' }]);
      await page.getByLabel('Email').fill('nojs@example.com');
      await page.getByRole('button', { name: 'Pay $12.00' }).click();
      await page.waitForURL(`${store.url}/success`);
      // No script ran: what the page says came from the server, which asked the route.
      expect(await page.getByTestId('payment-status').textContent()).toBe('Paid');
      expect(await page.locator('main').textContent()).toContain('1 × Checkout mug');
      await page.screenshot({ path: `${ARTIFACTS}no-js-thanks-paid.png`, fullPage: true });
    });
    const [session, ...others] = store.standIn.sessions.values();
    expect(others).toEqual([]);
    // The button's relative successUrl and absent cancelUrl, resolved by the route against the store's page.
    expect(session).toMatchObject({
      status: 'succeeded',
      quantity: 1,
      successUrl: `${store.url}/success`,
      cancelUrl: `${store.url}/`,
      outputMetadata: { product: 'mug' },
    });
  });

  it('with JavaScript off, the shopper signs in (a form too) and subscribes to the Pro plan as demo-shopper → Paid', async () => {
    const { store } = shop;
    await withoutJavaScript(async (page) => {
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText('Signed in as Demo Shopper').waitFor();
      await page
        .getByRole('article', { name: 'Pro plan' })
        .getByRole('button', { name: /^Subscribe / })
        .click();
      await page.waitForURL(`${store.standIn.url}/checkout/*`);
      await page.getByRole('button', { name: 'Pay $19.00 / month' }).click();
      await page.waitForURL(`${store.url}/success`);
      expect(await page.getByTestId('payment-status').textContent()).toBe('Paid');
      expect(await page.locator('main').textContent()).toContain('1 × Pro plan');
    });
    expect(store.standIn.subscriptions).toMatchObject([
      { customerExternalId: 'demo-shopper', priceId: 'price_demo_pro_monthly', status: 'active' },
    ]);
  });

  it("hydration delayed by 3 s: a press during the delay posts the form and reaches Flowglad's page", async () => {
    const { page, store } = shop;
    await holdHydration(page, 3000);
    const calls = checkoutCalls(page);
    await page.goto(store.url, { waitUntil: 'commit' });
    const buy = shop.buyButton('Flow T-shirt');
    await buy.waitFor();
    expect(await page.locator('html[data-hydrated]').count()).toBe(0); // painted, not hydrated
    await buy.click();
    await shop.onHostedPage();
    expect(calls).toEqual([{ method: 'POST', type: 'application/x-www-form-urlencoded' }]);
    expect(shop.hostedSession()).toMatchObject({
      status: 'open',
      quantity: 1,
      successUrl: `${store.url}/success`,
    });
    expect(shop.sessionCreates()).toHaveLength(1);
  });

  it('after hydration a click sends exactly one request — the JSON call — and the form is not also posted', async () => {
    const { page } = shop; // hydrated by the per-test set-up
    const calls = checkoutCalls(page);
    await shop.buyButton('Flow T-shirt').click();
    await shop.onHostedPage();
    expect(calls).toEqual([{ method: 'POST', type: 'application/json' }]);
    expect(shop.sessionCreates()).toHaveLength(1);
  });

  it('pressed before hydration by a guest, the Pro plan comes back refused: once hydrated the button says to sign in, and the marker leaves the address', async () => {
    const { page, store } = shop;
    const release = await holdHydration(page);
    await page.goto(store.url, { waitUntil: 'commit' });
    await shop.buyButton('Pro plan').click();
    await page.waitForURL(`${store.url}/?checkout_error=unauthenticated&checkout_for=pro-monthly`, {
      waitUntil: 'commit', // its load waits for the held script
    });
    release();
    await shop.hydrated();
    const alert = shop.product('Pro plan').getByRole('alert');
    await expect.poll(() => alert.textContent(), WAIT).toBe('Please sign in to continue to checkout.');
    expect(await shop.buyButton('Pro plan').getAttribute('data-state')).toBe('error');
    expect(await shop.product('Checkout mug').getByRole('alert').count()).toBe(0);
    await expect.poll(() => page.url(), WAIT).toBe(`${store.url}/`);
    expect(store.standIn.apiRequests()).toEqual([]);
    await page.reload();
    await shop.hydrated();
    expect(await page.getByRole('alert').count()).toBe(0); // said once
  });

  it('a price Flowglad no longer sells, pressed before hydration: the button tells the shopper in their words, and no session exists', async () => {
    const { page, store } = shop;
    const prices = store.standIn.prices as { slug: string }[];
    const at = prices.findIndex(({ slug }) => slug === 'mug');
    const [mug] = prices.splice(at, 1); // archived at Flowglad while the store still shows it
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const release = await holdHydration(page);
      await page.goto(store.url, { waitUntil: 'commit' });
      await shop.buyButton('Checkout mug').click();
      await page.waitForURL(/checkout_error=/, { waitUntil: 'commit' });
      const marker = new URL(page.url()).searchParams;
      expect([marker.get('checkout_error'), marker.get('checkout_for')]).toEqual([
        'checkout_rejected',
        'mug',
      ]);
      release();
      await shop.hydrated();
      // The marker carries the route code only: the button says that code's sentence.
      await expect
        .poll(() => shop.product('Checkout mug').getByRole('alert').textContent(), WAIT)
        .toBe('This checkout could not be started. Please contact the shop.');
      expect(store.standIn.sessions.size).toBe(0);
      // The developer hears of it on the server (the demo's route has no onError).
      expect(logged.mock.calls.map(([message]) => String(message))).toEqual([
        expect.stringContaining('checkout_rejected'),
      ]);
      await page.screenshot({ path: `${ARTIFACTS}refused-form-post-price.png`, fullPage: true });
    } finally {
      logged.mockRestore();
      if (mug) prices.splice(at, 0, mug);
    }
  });

  it("a form posted to the store's route from another site gets a small page in the shopper's words, and nothing is created at Flowglad", async () => {
    const { page, store } = shop;
    const session = JSON.stringify({ type: 'product', priceSlug: 'tshirt', quantity: 1 });
    const elsewhere = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>elsewhere</title><form method="post" action="${store.url}/api/checkout-sessions">` +
          `<input type="hidden" name="checkoutSession" value='${session}'><button>Win a T-shirt</button></form>`,
      );
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
      const answer = page.waitForResponse(`${store.url}/api/checkout-sessions`);
      await page.getByRole('button', { name: 'Win a T-shirt' }).click();
      expect((await answer).status()).toBe(403);
      await page.getByRole('heading', { name: 'Checkout could not start' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toBe(
        'This checkout request came from another site and was refused. Start checkout from the shop itself.',
      );
      expect(await page.getByRole('link', { name: 'Back to the shop' }).getAttribute('href')).toMatch(
        /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+\/$/,
      );
      await page.screenshot({ path: `${ARTIFACTS}refused-form-post-cross-site.png`, fullPage: true });
      expect(store.standIn.apiRequests()).toEqual([]);
      expect(warned.mock.calls.map(([message]) => String(message))).toEqual([
        expect.stringContaining('(403 forbidden_origin)'),
      ]);
    } finally {
      warned.mockRestore();
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });
});
