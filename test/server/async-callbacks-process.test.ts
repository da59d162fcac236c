import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
// Inside the repository, so that the bundle's external packages (@flowglad/node) resolve from node_modules.
const OUT_DIR = join(REPO, 'node_modules/.cache/react-flowglad-checkout-tests');

/** A shop's server in a process of its own: a route whose getCustomer throws and whose onError rejects. */
const SHOP_SERVER = `
import { createServer } from 'node:http';
import { createCheckoutSessionHandler, toNodeHandler } from ${JSON.stringify(join(REPO, 'src/server.ts'))};

const handler = createCheckoutSessionHandler({
  apiKey: 'sk_test_local-child',
  baseUrl: 'http://127.0.0.1:9',
  appOrigins: ['https://shop.test'],
  getCustomer: async () => { throw new Error('session store down'); },
  // A remote logger that is down: its promise rejects.
  onError: async () => { throw new Error('remote logger down'); },
});
const server = createServer(toNodeHandler(handler));
server.listen(0, '127.0.0.1', () => process.stdout.write(JSON.stringify(server.address()) + '\\n'));
`;

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
});

/** Bundles and starts the shop's server; resolves with its URL once it listens. */
async function startShopServer(): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const entry = join(OUT_DIR, 'async-on-error-entry.ts');
  const bundle = join(OUT_DIR, 'async-on-error.mjs');
  writeFileSync(entry, SHOP_SERVER);
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const started = spawn(process.execPath, [bundle], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  child = started;
  return new Promise((resolvePort, reject) => {
    let output = '';
    started.stdout?.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n')[0];
      if (output.includes('\n') && line) resolvePort(`http://127.0.0.1:${JSON.parse(line).port}`);
    });
    started.once('exit', (code) => reject(new Error(`the shop's server exited (${code}) before listening`)));
  });
}

const checkout = (url: string) =>
  fetch(`${url}/api/checkout-sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      checkoutSession: {
        type: 'product',
        priceId: 'price_1',
        successUrl: 'https://shop.test/thanks',
        cancelUrl: 'https://shop.test/cart',
      },
    }),
  });

describe('an async onError that rejects', () => {
  it('does not crash Node: the server answers, and answers the next request too', async () => {
    const url = await startShopServer();
    let stderr = '';
    child?.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolveExit) => child?.once('exit', resolveExit));
    const first = await checkout(url);
    expect(first.status).toBe(500);
    // The rejection would surface on the next turns of the event loop; a second request waits for them.
    const outcome = await Promise.race([
      checkout(url).then(
        (response) => response.status,
        async (error: unknown) =>
          `no answer (${error}); ${await exited.then((code) => `exited with ${code}: ${stderr}`)}`,
      ),
      exited.then((code) => `exited with ${code}: ${stderr}`),
    ]);
    expect(outcome).toBe(500);
    expect(child?.exitCode).toBeNull();
    expect(stderr).not.toContain('remote logger down');
  }, 30_000);
});
