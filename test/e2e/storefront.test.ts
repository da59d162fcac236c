import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium';
import { type RunningStorefront, startStorefront } from './start-storefront';

// The whole journey in a real Chromium: the demo store (`npm run dev`'s config) → its real checkout
// route → the embedded Flowglad stand-in's hosted page → back to the store.
const ARTIFACTS = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

let store: RunningStorefront;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  [store, browser] = await Promise.all([startStorefront(), launchChromium()]);
  // One context (its HTTP cache spares Vite's dev server); each test gets a fresh tab and sessionStorage.
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await store?.close();
});
beforeEach(async () => {
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Every pageshow, with `persisted` telling a back/forward-cache restore from a load.
  await page.addInitScript(() => {
    const shows: boolean[] = [];
    Object.assign(window, { pageshows: shows });
    window.addEventListener('pageshow', (event) => shows.push(event.persisted));
  });
  await page.goto(store.url);
});
afterEach(async () => {
  store.standIn.latencyMs = 0;
  await page.close();
  expect(pageErrors).toEqual([]);
});

const product = (name: string) => page.getByRole('article', { name });
const buyButton = (name: string) => product(name).getByRole('button', { name: /^Buy / });
const onHostedPage = () => page.waitForURL(`${store.standIn.url}/checkout/*`);
/** The session the stand-in holds for the hosted page the browser is on. */
const hostedSession = () => store.standIn.sessions.get(new URL(page.url()).pathname.split('/').pop() ?? '');
const newSessionsSince = (before: Set<string>) =>
  [...store.standIn.sessions.keys()].filter((id) => !before.has(id));

describe('demo storefront in Chromium', () => {
  it('buys 2 T-shirts: hosted page → Pay → the success page shows the paid session', async () => {
    await expect.poll(() => page.getByRole('article').count()).toBe(3);
    await page.screenshot({ path: `${ARTIFACTS}storefront.png`, fullPage: true });

    await product('Flow T-shirt').getByRole('button', { name: 'One more' }).click();
    await buyButton('Flow T-shirt').click();
    await onHostedPage();
    await expect.poll(() => page.getByRole('button', { name: 'Pay $50.00' }).isVisible()).toBe(true);
    const session = hostedSession();
    expect(session).toMatchObject({ status: 'open', quantity: 2, customerName: 'Demo Shopper' });

    await page.getByRole('button', { name: 'Pay $50.00' }).click();
    await page.waitForURL(`${store.url}/success`);
    await expect.poll(() => page.getByTestId('session-status').textContent()).toBe('succeeded');
    expect(await page.locator('main').textContent()).toContain(session?.id);
    expect(await page.locator('main').textContent()).toContain('2 × Flow T-shirt');
    expect(session?.status).toBe('succeeded');
  });

  it('cancels on the hosted page → the cancel page shows the session still open', async () => {
    await buyButton('Checkout mug').click();
    await onHostedPage();
    const session = hostedSession();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(`${store.url}/cancel`);
    await expect.poll(() => page.getByTestId('session-status').textContent()).toBe('open');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Checkout cancelled');
    expect(await page.locator('main').textContent()).toContain(session?.id);
  });

  it('Back from the hosted page leaves the button usable again', async ({ annotate }) => {
    await buyButton('Pro plan').click();
    await onHostedPage();
    await page.goBack({ waitUntil: 'commit' }); // a page restored from the back/forward cache fires no load
    await page.getByRole('article', { name: 'Pro plan' }).waitFor();

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
    const button = buyButton('Pro plan');
    await expect.poll(() => button.getAttribute('data-state')).toBe('idle');
    expect(await button.isEnabled()).toBe(true);
    const before = new Set(store.standIn.sessions.keys());
    await button.click();
    await onHostedPage();
    expect(newSessionsSince(before)).toHaveLength(1);
  });

  it('shows an alert and stays on the page when Flowglad fails behind the route (502)', async () => {
    const before = new Set(store.standIn.sessions.keys());
    store.standIn.failNext(500);
    await buyButton('Flow T-shirt').click();
    const alert = product('Flow T-shirt').getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('Checkout is unavailable right now. Please try again in a moment.');
    expect(page.url()).toBe(`${store.url}/`);
    expect(await buyButton('Flow T-shirt').getAttribute('data-state')).toBe('error');
    expect(await buyButton('Flow T-shirt').isEnabled()).toBe(true);
    expect(newSessionsSince(before)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}route-error.png`, fullPage: true });

    await buyButton('Flow T-shirt').click(); // Flowglad is back: the next click goes through
    await onHostedPage();
  });

  it('shows an alert and stays on the page when the route cannot be reached at all', async () => {
    await page.route('**/api/checkout-sessions', (route) => route.abort('connectionrefused'));
    await buyButton('Checkout mug').click();
    await expect
      .poll(() => product('Checkout mug').getByRole('alert').textContent())
      .toBe('Could not reach checkout. Check your connection and try again.');
    expect(page.url()).toBe(`${store.url}/`);
    expect(await buyButton('Checkout mug').isEnabled()).toBe(true);
  });

  it('makes exactly one session of a double-click', async () => {
    const before = new Set(store.standIn.sessions.keys());
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/checkout-sessions')) posts++;
    });
    store.standIn.latencyMs = 200; // the second click lands while the first is still in flight
    await buyButton('Checkout mug').dblclick();
    await onHostedPage();
    expect(posts).toBe(1);
    expect(newSessionsSince(before)).toHaveLength(1);
  });
});
