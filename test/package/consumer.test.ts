import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { REPO_ROOT } from './pack-library';

const run = promisify(execFile);
const { tarball } = inject('packedLibrary');
const pinned: Record<string, string> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'),
).devDependencies;
/** What a storefront installs beside the library: its peers, and Vite to build the app. */
const BESIDE = ['react', 'react-dom', 'swr', 'zod', 'msw', '@flowglad/node', 'vite', '@vitejs/plugin-react'];
/**
 * The msw the project installs: the pinned one, or `CONSUMER_MSW_VERSION` (test/node-versions runs this
 * file on Node 22 and 24 with msw 3, which needs Node 22.12 or later).
 */
const MSW_VERSION = process.env.CONSUMER_MSW_VERSION || pinned.msw;

/** The public names of each entry (the public contract); more may exist, none of these may go. */
const CONTRACT = {
  client: [
    'CheckoutButton',
    'CheckoutError',
    'CheckoutProvider',
    'createCheckoutSession',
    'isCheckoutError',
    'useCreateCheckoutSession',
  ],
  server: ['createCheckoutSessionHandler', 'toNodeHandler'],
  testing: ['checkoutRouteHandlers', 'startFlowgladStandIn'],
};

interface Journey {
  node: string;
  exports: Record<keyof typeof CONTRACT, string[]>;
  standInUrl: string;
  url: string;
  sessions: Array<{ status: string; quantity: number; priceId: string }>;
  customers: string[];
  reactBeforeClient: string[];
  reactAfterClient: string[];
}

let project: string;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'rfc-consumer-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  cpSync(join(import.meta.dirname, 'fixtures', 'consumer'), project, { recursive: true });
  const specs = BESIDE.map((name) => `${name}@${name === 'msw' ? MSW_VERSION : pinned[name]}`);
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball, ...specs],
    { cwd: project },
  );
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const journey = async (script: string): Promise<Journey> =>
  JSON.parse((await run('node', [script], { cwd: project })).stdout);

describe('a fresh project with the packed tarball installed', () => {
  it('imports every entry from Node ESM and CommonJS, with the same names, and runs a checkout with each', async () => {
    const [esm, cjs] = await Promise.all([journey('journey.mjs'), journey('journey.cjs')]);
    expect(esm.exports).toEqual(cjs.exports);
    for (const [entry, names] of Object.entries(CONTRACT)) {
      expect(esm.exports[entry as keyof typeof CONTRACT], entry).toEqual(expect.arrayContaining(names));
    }
    for (const result of [esm, cjs]) {
      // The Node that runs these tests runs the consumer too (npm run test:node-versions: 22 and 24).
      expect(result.node).toBe(process.version);
      // client createCheckoutSession → /server handler → @flowglad/node → /testing stand-in, and back.
      expect(result.url.startsWith(`${result.standInUrl}/checkout/`)).toBe(true);
      expect(result.sessions).toEqual([{ status: 'open', quantity: 2, priceId: 'price_stand_in_tshirt' }]);
      expect(result.customers).toEqual(['consumer_1']);
    }
  });

  it('loads no React with /server and /testing, in ESM and CommonJS; the client entry does', async () => {
    for (const result of await Promise.all([journey('journey.mjs'), journey('journey.cjs')])) {
      expect(result.reactBeforeClient).toEqual([]);
      expect(result.reactAfterClient).toEqual(
        expect.arrayContaining([expect.stringMatching(/react[\\/]index\.js$/)]),
      );
    }
  });

  it(`runs the MSW handlers of /testing with msw ${MSW_VERSION}, from ESM and CommonJS`, async () => {
    const outcomes = await Promise.all(
      ['msw-journey.mjs', 'msw-journey.cjs'].map(async (script) =>
        JSON.parse((await run('node', [script], { cwd: project })).stdout),
      ),
    );
    for (const outcome of outcomes) {
      expect(outcome).toEqual({
        node: process.version,
        mswVersion: MSW_VERSION,
        url: 'https://app.flowglad.com/checkout/chckt_session_msw',
        refused: { code: 'http', status: 401, routeCode: 'unauthenticated' },
      });
    }
  });

  it('builds a Vite React app using CheckoutButton, which renders and checks out in a DOM', async () => {
    // A production build, as `vite build` makes by default (Vitest's NODE_ENV=test would make a dev one).
    const { stderr } = await run('npx', ['vite', 'build', '--config', 'vite-app/vite.config.mjs'], {
      cwd: project,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    expect(stderr).toBe(''); // no warning either (a dropped 'use client' would print one)
    const html = readFileSync(join(project, 'vite-app/dist/index.html'), 'utf8');
    const asset = /src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const dom = new JSDOM(html, { url: 'https://shop.test/product', runScripts: 'outside-only' });
    const sent: unknown[] = [];
    dom.window.fetch = (async (_input: unknown, init?: RequestInit) => {
      sent.push(JSON.parse(String(init?.body)));
      return Response.json({
        checkoutSession: { id: 'chckt_session_1', status: 'open', type: 'product', livemode: false },
        url: 'https://app.flowglad.com/checkout/chckt_session_1',
      });
    }) as typeof fetch;
    try {
      // jsdom runs classic scripts only; Vite's preload helper for the library's one lazy chunk (the
      // sentences a refused form post shows, not loaded here) reads import.meta, which a module would have.
      const script = readFileSync(join(project, 'vite-app/dist', asset ?? ''), 'utf8')
        .replaceAll('import.meta.resolve', 'undefined')
        .replaceAll('import.meta.url', JSON.stringify(`https://shop.test/${asset}`));
      dom.window.eval(script);
      const button = await vi.waitFor(() => {
        const found = dom.window.document.querySelector('button');
        if (!found) throw new Error('the app rendered no button yet');
        return found;
      });
      expect(button.textContent).toBe('Buy the T-shirt');
      expect(button.getAttribute('data-state')).toBe('idle');
      button.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
      await vi.waitFor(() =>
        expect(dom.window.document.body.dataset.navigatedTo).toBe(
          'https://app.flowglad.com/checkout/chckt_session_1',
        ),
      );
      expect(sent).toEqual([
        {
          checkoutSession: expect.objectContaining({
            type: 'product',
            priceSlug: 'tshirt',
            quantity: 2,
            successUrl: 'https://shop.test/product',
          }),
        },
      ]);
    } finally {
      dom.window.close();
    }
  });
});
