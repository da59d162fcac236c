import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type * as Testing from '../../src/testing';
import { chromiumLaunchOptions } from '../browser/chromium-launch-options';
import { REPO_ROOT } from './pack-library';
import { freePort } from './start-next-server';

const run = promisify(execFile);
const { tarball } = inject('packedLibrary');
const pinned: Record<string, string> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'),
).devDependencies;

/** The README's quickstart files, exactly as printed: the code blocks that start with `// <path>`. */
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
let standIn: Testing.FlowgladStandIn;
let vite: ChildProcess | undefined;
let browser: Browser | undefined;
let shop: string;

beforeAll(async () => {
  const files = quickstartFiles();
  expect(Object.keys(files).sort()).toEqual(['src/App.tsx', 'vite.config.ts']);
  project = mkdtempSync(join(tmpdir(), 'rfc-quickstart-'));
  cpSync(join(import.meta.dirname, 'fixtures', 'quickstart'), project, { recursive: true });
  for (const [path, code] of Object.entries(files)) writeFileSync(join(project, path), code);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'quickstart', private: true, type: 'module' }),
  );
  // The README's install line, plus what a new Vite React app already has.
  const beside = ['react', 'react-dom', 'swr', 'zod', '@flowglad/node', 'vite', '@vitejs/plugin-react'];
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-package-lock',
      tarball,
      ...beside.map((name) => `${name}@${pinned[name]}`),
    ],
    { cwd: project },
  );

  // The Flowglad stand-in (this test's infrastructure, from the same build), selling the quickstart's price.
  const testing: typeof Testing = await import(join(REPO_ROOT, 'dist/testing.js'));
  standIn = await testing.startFlowgladStandIn({
    prices: [
      {
        id: 'price_123',
        slug: 'tee',
        name: 'T-shirt',
        unitPrice: 2500,
        currency: 'usd',
        type: 'single_payment',
      },
    ],
  });

  // `FLOWGLAD_SECRET_KEY=… npx vite`, as the README says, aimed at the stand-in.
  const port = await freePort();
  shop = `http://127.0.0.1:${port}`;
  vite = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: project,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        FLOWGLAD_SECRET_KEY: standIn.apiKey,
        FLOWGLAD_BASE_URL: standIn.url,
        VITE_CHECKOUT_ORIGIN: standIn.url,
      },
      stdio: 'pipe',
    },
  );
  let output = '';
  vite.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  vite.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  for (let tries = 0; ; tries++) {
    const answered = await fetch(shop).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (tries > 150 || vite.exitCode !== null) throw new Error(`vite did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await chromium.launch(await chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  vite?.kill();
  await standIn?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("the README's quickstart, pasted into a new Vite React app", () => {
  it('takes a click to the hosted checkout and, after Pay, to /thanks', async () => {
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(shop);
    await page.getByRole('button', { name: 'Buy two' }).click();
    await page.waitForURL(`${standIn.url}/checkout/**`);
    await page.getByRole('button', { name: /pay/i }).click();
    await page.waitForURL(`${shop}/thanks`);

    const sessions = [...standIn.sessions.values()];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ priceId: 'price_123', quantity: 2, status: 'succeeded' });
    // Who pays came from the route's getCustomer, not from the browser.
    expect([...standIn.customers.keys()]).toEqual(['shopper_1']);
    expect(errors).toEqual([]);
  });
});
