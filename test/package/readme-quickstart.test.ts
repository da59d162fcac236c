import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as ServerEntry from '../../src/server';
import type * as Testing from '../../src/testing';
import { chromiumLaunchOptions } from '../browser/chromium-launch-options';
import { freePort } from './free-port';
import { REPO_ROOT } from './pack-library';

const run = promisify(execFile);
const { tarball } = inject('packedLibrary');
const pinned: Record<string, string> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'),
).devDependencies;

/** The README's quickstart, exactly as printed: the code blocks that start with `// <path>`. */
function quickstartFiles(): Record<string, string> {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quickstart'), readme.indexOf('## How one click works'));
  const files: Record<string, string> = {};
  for (const [, code] of section.matchAll(/```tsx?\n([\s\S]*?)```/g)) {
    const path = /^\/\/ (\S+)\n/.exec(code ?? '')?.[1];
    if (path && code) files[path] = code;
  }
  return files;
}

let project: string;
let vite: ChildProcess | undefined;
let browser: Browser | undefined;
let shop: string;
let viteOutput = '';

beforeAll(async () => {
  const files = quickstartFiles();
  expect(Object.keys(files).sort()).toEqual(['src/App.tsx', 'vite.config.ts']);
  project = mkdtempSync(join(tmpdir(), 'rfc-quickstart-'));
  // What `npm create vite@latest shop -- --template react-ts` leaves that the quickstart does not replace.
  cpSync(join(import.meta.dirname, 'fixtures', 'quickstart'), project, { recursive: true });
  for (const [path, code] of Object.entries(files)) writeFileSync(join(project, path), code);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'shop', private: true, type: 'module' }),
  );
  // The template's packages, then the README's install line (npm adds the peers swr and zod itself).
  const template = ['react', 'react-dom', 'vite', '@vitejs/plugin-react'].map(
    (name) => `${name}@${pinned[name]}`,
  );
  const install = (specs: string[]) =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', ...specs], {
      cwd: project,
    });
  await install(template);
  await install([tarball, `@flowglad/node@${pinned['@flowglad/node']}`]);

  // `npx vite`, as printed: no key in the environment, so the config starts the stand-in.
  const port = await freePort();
  shop = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' };
  delete env.FLOWGLAD_SECRET_KEY;
  delete env.FLOWGLAD_BASE_URL;
  vite = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: project, env, stdio: 'pipe' },
  );
  vite.stdout?.on('data', (chunk) => {
    viteOutput += chunk;
  });
  vite.stderr?.on('data', (chunk) => {
    viteOutput += chunk;
  });
  for (let tries = 0; ; tries++) {
    const answered = await fetch(shop).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (tries > 150 || vite.exitCode !== null) throw new Error(`vite did not start:\n${viteOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await chromium.launch(await chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  vite?.kill();
  if (project) rmSync(project, { recursive: true, force: true });
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
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
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
    const page = await (browser as Browser).newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    try {
      await page.goto(shop);
      await page.getByRole('button', { name: 'Buy two T-shirts' }).click();
      await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/chckt_session_/).catch(async (error) => {
        const body = await page.locator('body').textContent();
        throw new Error(`no hosted page: ${error}\npage: ${body}\nvite: ${viteOutput}`);
      });
      expect(await page.getByRole('heading').textContent()).toMatch(/T-shirt/);
      await page.getByRole('button', { name: 'Pay $50.00' }).click();
      await page.waitForURL(`${shop}/thanks`);
      await page.getByText('Paid. Thank you!').waitFor();
      expect(problems).toEqual([]);
      // The one note the route prints: no appOrigins, fine in development.
      expect(viteOutput).toContain('no appOrigins');
    } finally {
      await page.close();
    }
  });

  it('in a production build, the stand-in’s http page is refused: the alert shows, nothing is navigated', async () => {
    await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
      cwd: project,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const testing: typeof Testing = await import(join(REPO_ROOT, 'dist/testing.node.js'));
    const standIn = await testing.startFlowgladStandIn();
    const preview = await servePreview(join(project, 'dist'), standIn);
    const page = await (browser as Browser).newPage();
    try {
      const origin = `http://127.0.0.1:${(preview.address() as AddressInfo).port}`;
      await page.goto(origin);
      await page.getByRole('button', { name: 'Buy two T-shirts' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getAttribute('data-checkout-error')).toBe('unsafe_redirect');
      expect(new URL(page.url()).origin).toBe(origin);
      expect(standIn.sessions.size).toBe(1); // the route did create it; the browser refused to go there
    } finally {
      await page.close();
      preview.close();
      await standIn.close();
    }
  });
});
