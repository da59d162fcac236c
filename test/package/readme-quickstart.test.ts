import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as ServerEntry from '../../src/server';
import type * as Testing from '../../src/testing';
import { chromiumLaunchOptions } from '../browser/chromium-launch-options';
import { freePort } from './free-port';
import { REPO_ROOT } from './pack-library';
import { createReadmeApp, type RunningCommand, startCommand } from './readme-app';
import { readmeFiles } from './readme-files';

const run = promisify(execFile);
const { tarball } = inject('packedLibrary');

/** Where the quickstart's screenshots go. */
const SCREENSHOTS = join(REPO_ROOT, 'test-results/quickstart/');

/** What a shopper sees of an element: its box and its colours. */
async function looks(locator: Locator) {
  const box = await locator.boundingBox();
  const style = await locator.evaluate((element) => {
    const { backgroundColor, color, display } = getComputedStyle(element);
    return { backgroundColor, color, display };
  });
  return { width: box?.width ?? 0, height: box?.height ?? 0, ...style };
}

let app: Awaited<ReturnType<typeof createReadmeApp>> | undefined;
let vite: RunningCommand | undefined;
let browser: Browser | undefined;
let shop: string;

beforeAll(async () => {
  const files = readmeFiles('## Quickstart', '## How one click works');
  expect(Object.keys(files).sort()).toEqual(['src/App.tsx', 'src/index.css', 'vite.config.ts']);
  mkdirSync(SCREENSHOTS, { recursive: true });
  app = await createReadmeApp(tarball, files);
  // `npx vite`, as printed: no key in the environment, so the config starts the stand-in.
  const port = await freePort();
  shop = `http://127.0.0.1:${port}`;
  vite = startCommand(
    app.dir,
    ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { NODE_ENV: 'development' },
  );
  await vite.ready(shop);
  browser = await chromium.launch(await chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await vite?.stop();
  app?.remove();
});

/** Serves a production build of the app and the same route, against a stand-in of the test's own. */
async function servePreview(dist: string, standIn: Testing.FlowgladStandIn): Promise<Server> {
  const server: typeof ServerEntry = await import(join(REPO_ROOT, 'dist/server.js'));
  const route = server.toNodeHandler(
    server.createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      getCustomer: () => ({ externalId: 'shopper_1', email: 'shopper@example.com' }),
    }),
  );
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const preview = createServer((req, res) => {
    const path = req.url?.split('?')[0] ?? '/';
    if (path === '/api/checkout-sessions') return route(req, res);
    const file = path.startsWith('/assets/') ? path : '/index.html';
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(join(dist, file)));
  });
  await new Promise<void>((resolve) => preview.listen(0, '127.0.0.1', resolve));
  return preview;
}

describe("the README's quickstart, pasted into a new Vite React app", () => {
  it('in development, against the stand-in it starts: Buy → the hosted page → Pay → /thanks says paid', async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    try {
      await page.goto(shop);
      const buy = page.getByRole('button', { name: 'Buy two T-shirts' });
      await buy.waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}storefront.png` });
      // It looks like a shop's button at once: its own size and colours, not a grey bar across the page.
      const button = await looks(buy);
      expect(button).toMatchObject({ backgroundColor: 'rgb(79, 70, 229)', color: 'rgb(255, 255, 255)' });
      expect(button.width).toBeGreaterThan(120);
      expect(button.width).toBeLessThan(320);
      expect(button.height).toBeGreaterThan(32);
      expect(button.height).toBeLessThan(64);
      await buy.click();
      await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/chckt_session_/).catch(async (error) => {
        const body = await page.locator('body').textContent();
        throw new Error(`no hosted page: ${error}\npage: ${body}\nvite: ${vite?.output()}`);
      });
      expect(await page.getByRole('heading').textContent()).toMatch(/T-shirt/);
      await page.getByRole('button', { name: 'Pay $50.00' }).click();
      await page.waitForURL(`${shop}/thanks`);
      await page.getByText('Paid. Thank you!').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}thanks.png` });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('in a production build, the stand-in’s http page is refused: the alert shows, nothing is navigated', async () => {
    await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
      cwd: app?.dir,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const testing: typeof Testing = await import(join(REPO_ROOT, 'dist/testing.node.js'));
    const standIn = await testing.startFlowgladStandIn();
    const preview = await servePreview(join(app?.dir ?? '', 'dist'), standIn);
    const page = await (browser as Browser).newPage();
    try {
      const origin = `http://127.0.0.1:${(preview.address() as AddressInfo).port}`;
      await page.goto(origin);
      await page.getByRole('button', { name: 'Buy two T-shirts' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getAttribute('data-checkout-error')).toBe('unsafe_redirect');
      await page.screenshot({ path: `${SCREENSHOTS}alert.png` });
      // The alert is the stylesheet's: on its own line under the button, in the error colour.
      expect(await looks(alert)).toMatchObject({ display: 'block', color: 'rgb(180, 35, 24)' });
      expect(new URL(page.url()).origin).toBe(origin);
      expect(standIn.sessions.size).toBe(1); // the route did create it; the browser refused to go there
    } finally {
      await page.close();
      preview.close();
      await standIn.close();
    }
  });
});
