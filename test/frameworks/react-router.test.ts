import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { chromiumLaunchOptions } from '../browser/chromium-launch-options';
import { buyInBrowser } from './buy-in-browser';
import { expectFormPostPaid } from './buy-over-http';
import { collectPageProblems } from './collect-page-problems';
import { EXAMPLES_DIR } from './examples-dir';
import { npmScript } from './npm-script';
import { runExampleScript } from './run-example-script';
import { type AppServer, startAppServer } from './start-app-server';
import { exampleEnv, startInstalledStandIn } from './start-installed-stand-in';

const APP = join(EXAMPLES_DIR, 'react-router');

let standIn: Awaited<ReturnType<typeof startInstalledStandIn>>;
let app: AppServer;
let browser: Browser;

beforeAll(async () => {
  // `npm run build` (react-router build), then `npm start` (react-router-serve), on Node 22.
  await runExampleScript(APP, 'build', { node22: true });
  standIn = await startInstalledStandIn();
  app = await startAppServer({
    command: () => npmScript('start', [], { node22: true }),
    cwd: APP,
    env: exampleEnv(standIn),
  });
  browser = await chromium.launch(await chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await standIn?.close();
});

describe('examples/react-router: React Router 8 in framework mode', () => {
  it('type-checks with the route types React Router generates', async () => {
    await runExampleScript(APP, 'typecheck', { node22: true });
  });

  it('signs in, buys through the resource route, pays, and the loader-rendered thanks page says Paid', async () => {
    const page = await browser.newPage();
    const problems = collectPageProblems(page);
    onTestFailed(async () => {
      console.error(
        `page ${page.url()}:\n${await page.content()}\nreact-router-serve printed:\n${app.output()}`,
      );
    });
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Sign in as a demo shopper' }).click();
    await page.getByText('Signed in as shopper_demo').waitFor();

    const { thanksHtml } = await buyInBrowser(page, { shop: app.url, standIn, buy: 'Buy the T-shirt' });
    const [session] = [...standIn.sessions.values()];
    // The thanks page's loader read the checkout on the server: "Paid" is in the HTML it sent.
    expect(thanksHtml).toContain('data-status="succeeded"');
    expect(thanksHtml).toContain(`Order <!-- -->${session?.id}`);
    await page.getByRole('status').filter({ hasText: 'Paid — thank you!' }).waitFor();
    expect(session).toMatchObject({ status: 'succeeded', quantity: 1, successUrl: `${app.url}/thanks` });
    expect([...standIn.customers.keys()]).toEqual(['shopper_demo']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("takes the server-rendered button's form post: 303 to the hosted page, paid, succeeded", async () => {
    await expectFormPostPaid({ app, standIn });
  });
});
