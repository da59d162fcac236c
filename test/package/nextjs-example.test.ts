import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { chromiumLaunchOptions } from '../browser/chromium-launch-options';
import { REPO_ROOT } from './pack-library';
import { type NextServer, startNextServer } from './start-next-server';

const APP = join(REPO_ROOT, 'examples/nextjs');
const INSTALLED = join(APP, 'node_modules/react-flowglad-checkout');
/** The Flowglad stand-in from the library's testing entry, as the example installed it (the tarball). */
const { startFlowgladStandIn } = createRequire(join(APP, 'package.json'))(
  'react-flowglad-checkout/testing',
) as typeof import('../../src/testing');

let standIn: Awaited<ReturnType<typeof startFlowgladStandIn>>;
let next: NextServer;
let browser: Browser;

beforeAll(async () => {
  standIn = await startFlowgladStandIn();
  next = await startNextServer(APP, (url) => ({
    FLOWGLAD_BASE_URL: standIn.url,
    FLOWGLAD_SECRET_KEY: standIn.apiKey,
    SHOP_ORIGIN: url, // the store's public origin (see the route)
    NEXT_TELEMETRY_DISABLED: '1',
  }));
  browser = await chromium.launch(await chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await next?.stop();
  await standIn?.close();
});

describe('examples/nextjs, built from the packed tarball, served by next start', () => {
  it('runs the packed build of this repository (not a stale install)', () => {
    const built = readdirSync(join(REPO_ROOT, 'dist')).filter((file) => /\.c?js$/.test(file));
    expect(built.length).toBeGreaterThan(0);
    for (const file of built) {
      expect(readFileSync(join(INSTALLED, 'dist', file), 'utf8'), file).toBe(
        readFileSync(join(REPO_ROOT, 'dist', file), 'utf8'),
      );
    }
  });

  it('takes a signed-in shopper from Buy to the hosted page, Pay, and back to the success page, which says the checkout is paid', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    onTestFailed(async () => {
      console.error(`page ${page.url()}:\n${await page.content()}\nnext start printed:\n${next.output()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      const where = message.location().url;
      // Browsers ask every origin for /favicon.ico; neither this store nor the stand-in has one.
      if (!['error', 'warning'].includes(message.type()) || where.endsWith('/favicon.ico')) return;
      problems.push(`${message.type()}: ${message.text()} (${where})`);
    });

    await page.goto(next.url);
    await page.getByRole('button', { name: 'Sign in as a demo shopper' }).click();
    await page.getByText('Signed in as shopper_demo').waitFor();

    const buy = page.getByRole('button', { name: 'Buy the T-shirt' });
    expect(await buy.getAttribute('data-state')).toBe('idle');
    await buy.click();
    await page.waitForURL(`${standIn.url}/checkout/**`);
    await page.getByRole('heading', { name: 'Stand-in T-shirt' }).waitFor();

    await page.getByRole('button', { name: 'Pay $25.00' }).click();
    await page.waitForURL(`${next.url}/success`);
    await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
    // The success page asks the route (GET, the checkout cookie) whether the checkout was paid.
    await page.getByRole('status').filter({ hasText: 'Paid — thank you!' }).waitFor();

    const sessions = [...standIn.sessions.values()];
    expect(sessions.map(({ status, quantity, successUrl }) => ({ status, quantity, successUrl }))).toEqual([
      { status: 'succeeded', quantity: 1, successUrl: `${next.url}/success` },
    ]);
    expect([...standIn.customers.keys()]).toEqual(['shopper_demo']);
    expect(await page.locator('main').textContent()).toContain(`Order ${sessions[0]?.id}`);
    const confirmations = standIn.requests.filter(
      ({ method, path }) => method === 'GET' && path.startsWith('/api/v1/checkout-sessions/'),
    );
    expect(confirmations.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
