import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { withStorefront } from './with-storefront';

// Issue 22's events on the demo store, which sends each one to `window.dataLayer` (the README's recipe).
// The store runs without Vite's live-reload socket, which would keep Back out of the back/forward cache:
// in a browser that has one (a full Chromium), Back restores the page; in the headless shell `npm
// install` brings, Back loads it afresh. Either way each event must come once.
const shop = withStorefront({ liveReload: false });
const WAIT = { timeout: 10_000 };

type Entry = { event: string } & Record<string, unknown>;

/**
 * Every entry the tab's pages push to `dataLayer`, across its documents (new loads and restores alike),
 * as Google Tag Manager sees them: the page is loaded again with the recorder in place.
 */
async function recordDataLayer(page: Page): Promise<Entry[]> {
  const entries: Entry[] = [];
  await page.exposeFunction('recordDataLayer', (entry: Entry) => entries.push(entry));
  await page.addInitScript(() => {
    const layer: unknown[] = [];
    const record = (window as unknown as { recordDataLayer: (entry: unknown) => void }).recordDataLayer;
    layer.push = (...added: unknown[]) => {
      for (const entry of added) record(entry);
      return Array.prototype.push.apply(layer, added);
    };
    Object.assign(window, { dataLayer: layer });
  });
  await page.reload();
  await shop.hydrated();
  return entries;
}

/** The `pageshow` events of the tab's current document: `[false, true]` when Back restored it from the cache. */
const pageshows = (page: Page) =>
  page.evaluate(() => (window as unknown as { pageshows: boolean[] }).pageshows);

describe('demo store: checkout events, in Chromium', () => {
  it('started → session_created → redirecting once each; Back then buy again is a new checkout on the reused session; returned once on the thanks page, not again on a reload or a Back', async ({
    annotate,
  }) => {
    const { page, store } = shop;
    const entries = await recordDataLayer(page);
    const names = () => entries.map(({ event }) => event);

    await shop.buyButton('Checkout mug').click();
    await shop.onHostedPage();
    const id = shop.hostedSession()?.id;
    await expect
      .poll(names, WAIT)
      .toEqual(['checkout_started', 'checkout_session_created', 'checkout_redirecting']);
    expect(entries[0]).toMatchObject({ priceSlug: 'mug', quantity: 1, successUrl: '/success' });
    expect(entries[1]).toMatchObject({ checkoutSessionId: id, reused: false });
    expect(entries[2]).toMatchObject({ url: page.url() });

    await page.goBack({ waitUntil: 'commit' });
    await shop.product('Checkout mug').waitFor();
    await shop.hydrated();
    const shows = await pageshows(page);
    await annotate(shows.includes(true) ? 'restored from the back/forward cache' : 'loaded afresh');
    await expect.poll(() => shop.buyButton('Checkout mug').getAttribute('data-state'), WAIT).toBe('idle');
    expect(names()).toHaveLength(3); // coming back is no event

    await shop.buyButton('Checkout mug').click();
    await shop.onHostedPage();
    await expect.poll(() => names().length, WAIT).toBe(6);
    expect(entries.slice(3)).toMatchObject([
      { event: 'checkout_started', priceSlug: 'mug' },
      { event: 'checkout_session_created', checkoutSessionId: id, reused: true },
      { event: 'checkout_redirecting', url: page.url() },
    ]);
    expect(shop.sessionCreates()).toHaveLength(1);

    await shop.pay('$12.00');
    await expect.poll(() => names().length, WAIT).toBe(7);
    expect(entries[6]).toEqual({ event: 'checkout_returned', status: 'succeeded', checkoutSessionId: id });
    expect(await shop.paymentStatus().textContent()).toBe('Paid');

    await page.reload();
    await shop.hydrated();
    await page.getByRole('link', { name: 'Continue shopping' }).click();
    await page.waitForURL(`${store.url}/`);
    await shop.hydrated();
    await page.goBack({ waitUntil: 'commit' });
    await shop.paymentStatus().waitFor();
    await shop.hydrated();
    expect(await shop.paymentStatus().textContent()).toBe('Paid');
    expect(names()).toEqual([
      'checkout_started',
      'checkout_session_created',
      'checkout_redirecting',
      'checkout_started',
      'checkout_session_created',
      'checkout_redirecting',
      'checkout_returned',
    ]);
  });

  it('returned comes once while the thanks page polls a pending payment until it is paid', async () => {
    const { page, store } = shop;
    const entries = await recordDataLayer(page);
    store.standIn.queuePaymentOutcome('pending');
    await shop.buyButton('Flow T-shirt').click();
    await shop.onHostedPage();
    const session = shop.hostedSession();
    await shop.pay('$25.00');
    expect(await shop.paymentStatus().textContent()).toBe('Processing…'); // from the server, on first paint
    await expect.poll(() => entries.at(-1)?.event, WAIT).toBe('checkout_returned');
    const polled = page.waitForResponse(`${store.url}/api/checkout-sessions`); // the page asks again
    await polled;
    if (session) session.status = 'succeeded'; // the bank debit settles at Flowglad
    await expect.poll(() => shop.paymentStatus().textContent(), WAIT).toBe('Paid');
    expect(entries.filter(({ event }) => event === 'checkout_returned')).toEqual([
      { event: 'checkout_returned', status: 'pending', checkoutSessionId: session?.id },
    ]);
  });

  it('a checkout that fails is started → failed, and the retry that succeeds is a checkout of its own', async () => {
    const { page, store } = shop;
    const entries = await recordDataLayer(page);
    store.standIn.failNext(500);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await shop.buyButton('Checkout mug').click();
      await expect.poll(() => shop.buyButton('Checkout mug').getAttribute('data-state'), WAIT).toBe('error');
      expect(logged.mock.calls.map(([message]) => String(message))).toEqual([
        expect.stringContaining('answered 502 upstream_error'),
      ]);
    } finally {
      logged.mockRestore();
    }
    await shop.buyButton('Checkout mug').click();
    await shop.onHostedPage();
    await expect.poll(() => entries.length, WAIT).toBe(5);
    expect(entries).toMatchObject([
      { event: 'checkout_started' },
      { event: 'checkout_failed', code: 'upstream_error' },
      { event: 'checkout_started' },
      { event: 'checkout_session_created', reused: false },
      { event: 'checkout_redirecting' },
    ]);
    expect(page.url()).toMatch(`${store.standIn.url}/checkout/`);
  });
});
