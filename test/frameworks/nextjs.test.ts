import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { chromiumLaunchOptions } from '../browser/chromium-launch-options';
import { buyInBrowser } from './buy-in-browser';
import { expectFormPostPaid, expectJsonPurchasePaid } from './buy-over-http';
import { collectPageProblems } from './collect-page-problems';
import { EXAMPLES_DIR } from './examples-dir';
import { npmScript } from './npm-script';
import { runExampleScript } from './run-example-script';
import { type AppServer, startAppServer } from './start-app-server';
import { exampleEnv, startInstalledStandIn } from './start-installed-stand-in';

const APP = join(EXAMPLES_DIR, 'nextjs');

let standIn: Awaited<ReturnType<typeof startInstalledStandIn>>;
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  // `npm run build` (next build) loads the route modules, and the handler refuses to load without a
  // key: any key will do. Then `npm start` (next start).
  await runExampleScript(APP, 'build', {
    env: { NEXT_TELEMETRY_DISABLED: '1', FLOWGLAD_SECRET_KEY: 'sk_test_build' },
  });
  standIn = await startInstalledStandIn();
  app = await startAppServer({
    command: () => npmScript('start', ['-H', '127.0.0.1']),
    cwd: APP,
    env: exampleEnv(standIn, { NEXT_TELEMETRY_DISABLED: '1' }),
  });
  browser = await chromium.launch(await chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await standIn?.close();
});

/** A page in a context of its own (its own cookies); `javaScriptEnabled: false` is a page before hydration. */
async function openStore(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  onTestFailed(async () => {
    console.error(`page ${page.url()}:\n${await page.content()}\nnext start printed:\n${app.output()}`);
  });
  await page.goto(app.url);
  return page;
}

async function signIn(page: Page) {
  await page.getByRole('button', { name: 'Sign in as a demo shopper' }).click();
  await page.getByText('Signed in as shopper_demo').waitFor();
}

describe('examples/nextjs: Next.js 16.5, App Router and Pages Router, built and served by next start', () => {
  it('App Router: signs in, Buy → the hosted page → Pay, and the server-component thanks page says Paid in its HTML', async () => {
    standIn.reset();
    const page = await openStore(true);
    const problems = collectPageProblems(page);
    await signIn(page);
    expect(await page.getByRole('button', { name: 'Buy the T-shirt' }).getAttribute('data-state')).toBe(
      'idle',
    );

    const { thanksHtml } = await buyInBrowser(page, { shop: app.url, standIn, buy: 'Buy the T-shirt' });
    // Hydrated, the click runs the JSON path and the form is not also submitted: one checkout.
    expect(standIn.sessions.size).toBe(1);
    const [session] = [...standIn.sessions.values()];
    expect(thanksHtml).toContain('data-status="succeeded"');
    expect(thanksHtml).toContain(`Order <!-- -->${session?.id}`);
    await page.getByRole('status').filter({ hasText: 'Paid — thank you!' }).waitFor();
    expect(session).toMatchObject({ status: 'succeeded', quantity: 1, successUrl: `${app.url}/thanks` });
    expect([...standIn.customers.keys()]).toEqual(['shopper_demo']);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('CheckoutButton, JavaScript disabled: its form posts to the route, 303 to the hosted page, Pay, and the thanks page says Paid', async () => {
    standIn.reset();
    const page = await openStore(false);
    await signIn(page);
    await page.getByRole('button', { name: 'Buy the T-shirt' }).click();
    await page.waitForURL(`${standIn.url}/checkout/**`);
    await page.getByRole('button', { name: 'Pay $25.00' }).click();
    await page.waitForURL(`${app.url}/thanks`);
    await page.getByRole('status').filter({ hasText: 'Paid — thank you!' }).waitFor();
    const [session] = [...standIn.sessions.values()];
    expect(standIn.sessions.size).toBe(1);
    // The button's relative successUrl, resolved by the route against the page the form was on.
    expect(session).toMatchObject({ status: 'succeeded', quantity: 1, successUrl: `${app.url}/thanks` });
    await page.context().close();
  });

  it('Server Action, JavaScript disabled: signs in, buys two, pays, and the thanks page says Paid', async () => {
    standIn.reset();
    const page = await openStore(false);
    await signIn(page);
    await page.getByLabel('Quantity').fill('2');
    await page.getByRole('button', { name: 'Buy with a Server Action' }).click();
    await page.waitForURL(`${standIn.url}/checkout/**`);
    await page.getByRole('button', { name: 'Pay $50.00' }).click();
    await page.waitForURL(`${app.url}/thanks`);
    await page.getByRole('status').filter({ hasText: 'Paid — thank you!' }).waitFor();
    const [session] = [...standIn.sessions.values()];
    expect(session).toMatchObject({ status: 'succeeded', quantity: 2, successUrl: `${app.url}/thanks` });
    expect(await page.locator('main').textContent()).toContain(`Order ${session?.id}: 2 item(s)`);
    await page.context().close();
  });

  it('Server Action, JavaScript disabled, signed out: the store says to sign in, nothing is created at Flowglad', async () => {
    standIn.reset();
    const page = await openStore(false);
    await page.getByRole('button', { name: 'Buy with a Server Action' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please sign in to buy.' }).waitFor();
    expect(new URL(page.url()).origin).toBe(app.url);
    expect(standIn.apiRequests()).toEqual([]);
    await page.context().close();
  });

  it('Pages Router: the API route (toNodeHandler, body parser off) buys over HTTP, and the GET says succeeded', async () => {
    standIn.reset();
    onTestFailed(() => console.error(`next start printed:\n${app.output()}`));
    const purchase = await expectJsonPurchasePaid({ app, standIn }, '/api/pages-router/checkout-sessions');
    // One cookie for the whole shop: the App Router's thanks page reads the Pages Router's checkout.
    const thanks = await fetch(`${app.url}/thanks`, { headers: { cookie: purchase.cookieHeader } });
    expect(await thanks.text()).toContain('data-status="succeeded"');
  });

  it("App Router: takes the server-rendered button's form post: 303 to the hosted page, paid, succeeded", async () => {
    await expectFormPostPaid({ app, standIn });
  });
  it("Pages Router: takes the button's form post (body parser off): 303 to the hosted page, paid, succeeded", async () => {
    await expectFormPostPaid({ app, standIn }, '/api/pages-router/checkout-sessions');
  });

  it("Pages Router: the route, not Next.js's body parser, reads the body and answers for it", async () => {
    const broken = await fetch(`${app.url}/api/pages-router/checkout-sessions`, {
      method: 'POST',
      headers: { origin: app.url, 'content-type': 'application/json', cookie: 'shopper=shopper_demo' },
      body: '{"checkoutSession":',
    });
    expect({ status: broken.status, body: await broken.json() }).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_json' } },
    });
  });
});
