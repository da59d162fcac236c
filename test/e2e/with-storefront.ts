import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './launch-chromium';
import { type RunningStorefront, startStorefront } from './start-storefront';

/** How a test file's store runs: {@link startStorefront}'s options. */
type StoreOptions = Parameters<typeof startStorefront>[0];

/** Where the e2e tests leave their screenshots. */
export const ARTIFACTS = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

/**
 * A test file's demo store and Chromium, through hooks it registers: one store and one browser context
 * per file (its HTTP cache spares Vite's dev server), and per test a fresh tab on the store with no
 * cookies (a guest with no checkout), hydrated, the stand-in back to its starting state, and a check
 * that the page threw nothing. Also the locators and steps the tests share.
 *
 * @example
 * ```ts
 * const shop = withStorefront();
 * it('buys', async () => { await shop.buyButton('Checkout mug').click(); await shop.onHostedPage(); });
 * ```
 */
export function withStorefront(options?: StoreOptions) {
  let store: RunningStorefront;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    [store, browser] = await Promise.all([startStorefront(options), launchChromium()]);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await store?.close();
  });
  beforeEach(async () => {
    store.standIn.reset();
    await context.clearCookies();
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // React reports a page that hydrated differently from its server HTML on the console.
    page.on('console', (message) => {
      if (message.type() === 'error' && /hydrat/i.test(message.text())) pageErrors.push(message.text());
    });
    // Every pageshow, with `persisted` telling a back/forward-cache restore from a load.
    await page.addInitScript(() => {
      const shows: boolean[] = [];
      Object.assign(window, { pageshows: shows });
      window.addEventListener('pageshow', (event) => shows.push(event.persisted));
    });
    await page.goto(store.url);
    await shop.hydrated();
    await page.getByText('Shopping as a guest').waitFor();
  });
  afterEach(async () => {
    store.standIn.latencyMs = 0;
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  const shop = {
    get store() {
      return store;
    },
    get browser() {
      return browser;
    },
    get page() {
      return page;
    },
    /**
     * Waits until React has hydrated the page (the demo marks `<html data-hydrated>`): before, the
     * server-rendered buttons are forms that post, and the page's own handlers are not attached.
     */
    hydrated: (on: Page = page) => on.locator('html[data-hydrated]').waitFor({ state: 'attached' }),
    product: (name: string) => page.getByRole('article', { name }),
    buyButton: (name: string) => shop.product(name).getByRole('button', { name: /^(Buy|Subscribe) / }),
    paymentStatus: () => page.getByTestId('payment-status'),
    onHostedPage: () => page.waitForURL(`${store.standIn.url}/checkout/*`),
    onThanksPage: () => page.waitForURL(`${store.url}/success`),
    /** The session the stand-in holds for the hosted page the browser is on. */
    hostedSession: () => store.standIn.sessions.get(new URL(page.url()).pathname.split('/').pop() ?? ''),
    /** The checkout-session creates that reached Flowglad, with what the route sent. */
    sessionCreates: () =>
      store.standIn
        .apiRequests()
        .filter((request) => request.method === 'POST' && request.path === '/api/v1/checkout-sessions'),
    customerCalls: () =>
      store.standIn.apiRequests().filter((request) => request.path.startsWith('/api/v1/customers')),
    async signIn() {
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText('Signed in as Demo Shopper').waitFor();
    },
    /** On the hosted product page: a guest types an email when the page asks for one (it starts empty). */
    async fillGuestEmail(email = 'guest@example.com') {
      const field = page.getByLabel('Email');
      if ((await field.count()) > 0 && (await field.inputValue()) === '') await field.fill(email);
    },
    /** On the hosted product page: pays (a guest with an email) and waits for the thanks page. */
    async pay(total: string) {
      await shop.fillGuestEmail();
      await page.getByRole('button', { name: `Pay ${total}` }).click();
      await shop.onThanksPage();
    },
  };
  return shop;
}
