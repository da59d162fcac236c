import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as Testing from '../../src/testing';
import { chromiumLaunchOptions } from '../browser/chromium-launch-options';
import { freePort } from './free-port';
import { REPO_ROOT } from './pack-library';
import { createReadmeApp, PINNED, type RunningCommand, startCommand } from './readme-app';
import { readmeFiles } from './readme-files';

const run = promisify(execFile);
const { tarball } = inject('packedLibrary');
const SCREENSHOTS = join(REPO_ROOT, 'test-results/express/');

/** The README's Express install lines, at the versions this test was written against. */
const EXPRESS_PACKAGES = [
  `express@${PINNED.express}`,
  'express-session@1.19.0',
  'tsx@4.23.15',
  `@types/express@${PINNED['@types/express']}`,
  '@types/express-session@1.19.0',
  `@types/node@${PINNED['@types/node']}`,
];

let app: Awaited<ReturnType<typeof createReadmeApp>> | undefined;
let browser: Browser | undefined;
const running: RunningCommand[] = [];

beforeAll(async () => {
  // The Quickstart's storefront, then the Express section's server.ts and vite.config.ts over it.
  const quickstart = readmeFiles('## Quickstart', '## How one click works');
  const express = readmeFiles('### Express 5', '### Plain Node');
  expect(Object.keys(express).sort()).toEqual(['server.ts', 'vite.config.ts']);
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await createReadmeApp(
    tarball,
    {
      'src/App.tsx': quickstart['src/App.tsx'] ?? '',
      'src/index.css': quickstart['src/index.css'] ?? '',
      ...express,
    },
    EXPRESS_PACKAGES,
  );
  browser = await chromium.launch(await chromiumLaunchOptions());
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((command) => command.stop()));
});

afterAll(async () => {
  await browser?.close();
  app?.remove();
});

/** `npx tsx server.ts`, as printed, with `env`. */
async function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; server: RunningCommand }> {
  const port = await freePort();
  const server = startCommand(app?.dir ?? '', ['node_modules/tsx/dist/cli.mjs', 'server.ts'], {
    ...env,
    PORT: String(port),
  });
  running.push(server);
  const url = `http://127.0.0.1:${port}`;
  await server.ready(`${url}/sign-in`);
  return { url, server };
}

/** The shopper signs in on the form `/sign-in` serves. */
async function signIn(page: Page, shop: string, email: string) {
  await page.goto(`${shop}/sign-in`);
  await page.getByRole('textbox').fill(email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${shop}/`);
}

describe("the README's Express recipe, pasted into the Quickstart's app", () => {
  it('type-checks as printed (strict)', async () => {
    const tsc = join(REPO_ROOT, 'node_modules/typescript-7/bin/tsc');
    const args = ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--target', 'es2022'];
    await expect(
      run(process.execPath, [tsc, ...args, 'server.ts'], { cwd: app?.dir }),
    ).resolves.toBeDefined();
  });

  it('in development (npx tsx server.ts + npx vite with its proxy): signed out → "Please sign in"; signed in → pays → /thanks says paid', async () => {
    const { url: express, server } = await startServer({ NODE_ENV: 'development' });
    const vitePort = await freePort();
    const shop = `http://127.0.0.1:${vitePort}`;
    const vite = startCommand(
      app?.dir ?? '',
      ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(vitePort), '--strictPort'],
      { NODE_ENV: 'development', PORT: new URL(express).port },
    );
    running.push(vite);
    await vite.ready(shop);
    const page = await (browser as Browser).newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    try {
      await page.goto(shop);
      const buy = page.getByRole('button', { name: 'Buy two T-shirts' });
      await buy.click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe('Please sign in to continue to checkout.');

      await signIn(page, shop, 'ada@example.com');
      await buy.click();
      await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/chckt_session_/).catch(async (error) => {
        throw new Error(`no hosted page: ${error}\nserver: ${server.output()}\nvite: ${vite.output()}`);
      });
      await page.getByRole('button', { name: 'Pay $50.00' }).click();
      await page.waitForURL(`${shop}/thanks`);
      await page.getByText('Paid. Thank you!').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}thanks.png` });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('in production (npx vite build, then NODE_ENV=production … npx tsx server.ts): one origin serves the store, the sign-in and the route', async () => {
    await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
      cwd: app?.dir,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const testing: typeof Testing = await import(join(REPO_ROOT, 'dist/testing.node.js'));
    const standIn = await testing.startFlowgladStandIn();
    const port = await freePort();
    const shop = `http://127.0.0.1:${port}`;
    const server = startCommand(app?.dir ?? '', ['node_modules/tsx/dist/cli.mjs', 'server.ts'], {
      NODE_ENV: 'production',
      PORT: String(port),
      FLOWGLAD_SECRET_KEY: standIn.apiKey,
      FLOWGLAD_BASE_URL: standIn.url,
      FLOWGLAD_APP_ORIGINS: shop,
      SESSION_SECRET: 'a secret of the test',
    });
    running.push(server);
    const page = await (browser as Browser).newPage();
    try {
      await server.ready(`${shop}/sign-in`);
      await signIn(page, shop, 'grace@example.com');
      await page.goto(`${shop}/thanks`); // a path of the app: Express answers it with index.html
      await page.getByText(/Checking your payment \(none\)/).waitFor();
      await page.goto(shop);
      const answer = page.waitForResponse(`${shop}/api/checkout-sessions`);
      await page.getByRole('button', { name: 'Buy two T-shirts' }).click();
      expect((await answer).status()).toBe(200);
      expect([...standIn.sessions.values()]).toMatchObject([
        { quantity: 2, successUrl: `${shop}/thanks`, status: 'open' },
      ]);
      expect([...standIn.customers.values()]).toMatchObject([
        { externalId: 'user_grace@example.com', email: 'grace@example.com' },
      ]);
      // A production build goes only to https: the stand-in's http page is refused, as in the Quickstart.
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getAttribute('data-checkout-error')).toBe('unsafe_redirect');
      expect(server.output()).not.toContain(standIn.apiKey);
    } finally {
      await page.close();
      await standIn.close();
    }
  });
});
