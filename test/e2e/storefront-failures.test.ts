import { describe, expect, it, vi } from 'vitest';
import { ARTIFACTS, withStorefront } from './with-storefront';

// When a checkout cannot start, or the shopper turns back: the demo store in a real Chromium, its
// route (the library's handler) and the embedded Flowglad stand-in.
const shop = withStorefront();
const WAIT = { timeout: 10_000 };

describe('demo store: when checkout does not go ahead, in Chromium', () => {
  it('asks a guest to sign in for the Pro plan: 401 → the alert (moving nothing on the page), nothing sent to Flowglad, no navigation', async () => {
    const { page, store } = shop;
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    // Where every card's button and the footer are: the alert must move none of them.
    const layout = () =>
      Promise.all([
        ...['Flow T-shirt', 'Checkout mug', 'Pro plan'].map((name) => shop.buyButton(name).boundingBox()),
        page.locator('.site-footer').boundingBox(),
      ]);
    const before = await layout();
    const answer = page.waitForResponse(`${store.url}/api/checkout-sessions`);
    await shop.buyButton('Pro plan').click();
    expect((await answer).status()).toBe(401);
    await expect
      .poll(() => shop.product('Pro plan').getByRole('alert').textContent(), WAIT)
      .toBe('Please sign in to continue to checkout.');
    expect(await layout()).toEqual(before);
    expect(page.url()).toBe(`${store.url}/`);
    expect(await shop.buyButton('Pro plan').isEnabled()).toBe(true);
    expect(store.standIn.apiRequests()).toEqual([]);
    // The developer's side of it, in the browser console (a development build of the library).
    expect(warnings).toEqual([
      expect.stringMatching(/^\[react-flowglad-checkout\] http \(unauthenticated\): /),
    ]);
    await page.screenshot({ path: `${ARTIFACTS}alert-sign-in.png`, fullPage: true });

    await shop.signIn(); // signing in starts the buttons afresh, and the Pro plan goes through
    expect(await shop.product('Pro plan').getByRole('alert').count()).toBe(0);
    await shop.buyButton('Pro plan').click();
    await shop.onHostedPage();
  });

  it('Back from the hosted page leaves the button usable again, and buying again reuses the open session', async ({
    annotate,
  }) => {
    const { page, store } = shop;
    await shop.buyButton('Flow T-shirt').click();
    await shop.onHostedPage();
    const first = shop.hostedSession()?.id;
    await page.goBack({ waitUntil: 'commit' }); // a page restored from the back/forward cache fires no load
    await shop.product('Flow T-shirt').waitFor();
    await shop.hydrated();

    const { shows, navigation } = await page.evaluate(() => ({
      shows: (window as unknown as { pageshows: boolean[] }).pageshows,
      navigation: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
    }));
    await annotate(shows.includes(true) ? 'restored from the back/forward cache' : 'loaded afresh');
    if (shows.includes(true)) {
      // Restored as it was left — mid-redirect — and the library's pageshow handler reset the button.
      expect([shows, navigation]).toEqual([[false, true], 'navigate']);
    } else {
      // Loaded afresh from the history entry: a new page, so a new idle button.
      expect([shows, navigation]).toEqual([[false], 'back_forward']);
    }
    const button = shop.buyButton('Flow T-shirt');
    await expect.poll(() => button.getAttribute('data-state'), WAIT).toBe('idle');
    expect(await button.isEnabled()).toBe(true);
    await button.click();
    await shop.onHostedPage();
    // The same checkout again: the route hands back the session still open, and Flowglad makes no other.
    expect(shop.hostedSession()?.id).toBe(first);
    expect(shop.sessionCreates()).toHaveLength(1);
    expect([...store.standIn.sessions.values()].map(({ status }) => status)).toEqual(['open']);
  });

  it('Back from the hosted page keeps the quantity the shopper chose, even when the page is loaded afresh', async ({
    annotate,
  }) => {
    const { page } = shop;
    const card = shop.product('Flow T-shirt');
    await card.getByRole('button', { name: 'One more' }).click();
    await card.getByRole('button', { name: 'One more' }).click();
    await shop.buyButton('Flow T-shirt').click();
    await shop.onHostedPage();
    expect(shop.hostedSession()?.quantity).toBe(3);
    await page.goBack({ waitUntil: 'commit' });
    await card.waitFor();
    await shop.hydrated();
    const shows = await page.evaluate(() => (window as unknown as { pageshows: boolean[] }).pageshows);
    // Under Vite's dev server the page is loaded afresh (its live-reload socket keeps it out of the cache).
    await annotate(shows.includes(true) ? 'restored from the back/forward cache' : 'loaded afresh');
    // The server rendered 1 (it cannot see the history entry); the kept 3 comes once hydrated.
    await expect.poll(() => card.getByLabel('Quantity of Flow T-shirt').textContent(), WAIT).toBe('3');
    await expect.poll(() => shop.buyButton('Flow T-shirt').textContent(), WAIT).toContain('$75.00');
    await shop.buyButton('Flow T-shirt').click();
    await shop.onHostedPage();
    expect(shop.hostedSession()?.quantity).toBe(3);
    await page.goto(shop.store.url); // a new visit starts afresh
    await shop.hydrated();
    expect(await card.getByLabel('Quantity of Flow T-shirt').textContent()).toBe('1');
  });

  it('shows an alert and stays on the page when Flowglad fails behind the route (502), and tells the developer', async () => {
    const { page, store } = shop;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      store.standIn.failNext(500);
      const answer = page.waitForResponse(`${store.url}/api/checkout-sessions`);
      await shop.buyButton('Flow T-shirt').click();
      expect((await answer).status()).toBe(502);
      await expect
        .poll(() => shop.product('Flow T-shirt').getByRole('alert').textContent(), WAIT)
        .toBe('Checkout is unavailable right now. Please try again in a few minutes.');
      expect(page.url()).toBe(`${store.url}/`);
      expect(await shop.buyButton('Flow T-shirt').getAttribute('data-state')).toBe('error');
      expect(await shop.buyButton('Flow T-shirt').isEnabled()).toBe(true);
      expect(store.standIn.sessions.size).toBe(0);
      expect(logged.mock.calls.map(([message]) => String(message))).toEqual([
        expect.stringContaining('create_session failed, the shopper was answered 502 upstream_error'),
      ]);
    } finally {
      logged.mockRestore();
    }
    await page.screenshot({ path: `${ARTIFACTS}alert-unavailable.png`, fullPage: true });

    await shop.buyButton('Flow T-shirt').click(); // Flowglad is back: the next click goes through
    await shop.onHostedPage();
  });

  it('shows an alert and stays on the page when the route cannot be reached at all', async () => {
    const { page, store } = shop;
    await page.route('**/api/checkout-sessions', (route) => route.abort('connectionrefused'));
    await shop.buyButton('Checkout mug').click();
    await expect
      .poll(() => shop.product('Checkout mug').getByRole('alert').textContent(), WAIT)
      .toBe('Could not reach checkout. Check your connection and try again.');
    expect(page.url()).toBe(`${store.url}/`);
    expect(await shop.buyButton('Checkout mug').isEnabled()).toBe(true);
    expect(store.standIn.apiRequests()).toEqual([]);
  });

  it('makes exactly one session of a double-click', async () => {
    const { page, store } = shop;
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/checkout-sessions')) posts++;
    });
    store.standIn.latencyMs = 200; // the second click lands while the first is still in flight
    await shop.buyButton('Checkout mug').dblclick();
    await page.screenshot({ path: `${ARTIFACTS}button-busy.png` });
    await shop.onHostedPage();
    expect(posts).toBe(1);
    expect(shop.sessionCreates()).toHaveLength(1);
    expect(store.standIn.sessions.size).toBe(1);
  });
});
