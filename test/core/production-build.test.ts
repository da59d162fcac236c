// @vitest-environment node
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type * as Client from '../../src/index';

/** The client entry as a storefront's bundler builds it: minified, NODE_ENV replaced (or left, unbundled). */
async function bundle(nodeEnv: 'production' | 'development' | undefined, format: 'esm' | 'iife' = 'esm') {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format,
    globalName: 'library',
    platform: 'browser',
    define: nodeEnv ? { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) } : {},
    external: format === 'esm' ? ['react', 'react-dom', 'swr', 'zod'] : [],
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles?.[0]?.text ?? '';
}

/**
 * Runs a whole-bundle build in a fresh realm with what a browser page has and no `process` global —
 * as in a browser, where a bundler replaced `process.env.NODE_ENV` but defines no `process` — and
 * starts one checkout whose route answers `hosted` (default: a stand-in on this machine).
 */
async function checkoutInABrowserRealm(
  code: string,
  hosted = 'http://127.0.0.1:4010/checkout/chckt_session_1',
) {
  const warnings: unknown[] = [];
  const realm: Record<string, unknown> = {
    URL,
    Headers,
    Response,
    AbortController,
    setTimeout,
    clearTimeout,
    console: { warn: (...args: unknown[]) => warnings.push(args[0]), error: () => {}, log: () => {} },
    fetch: async () => Response.json({ url: hosted }),
  };
  realm.globalThis = realm;
  runInNewContext(code, realm);
  const library = realm.library as typeof Client;
  const input = {
    priceId: 'price_1',
    successUrl: 'https://shop.test/thanks',
    cancelUrl: 'https://shop.test/',
  };
  const outcome = await library.createCheckoutSession(input, { endpoint: 'https://shop.test/api' }).then(
    (result) => ({ url: result.url }),
    (error: Client.CheckoutError) => ({ code: error.code }),
  );
  return { outcome, warnings };
}

describe('development-only code', () => {
  it('is in a development build: the warning and the loopback rule', async () => {
    const code = await bundle('development');
    expect(code).toContain('console.warn');
    expect(code).toContain('[react-flowglad-checkout]');
    expect(code).toContain('localhost');
  });

  it('is gone from a production build, but for the one line only a developer meets', async () => {
    const code = await bundle('production');
    expect(code).not.toContain('process.env');
    for (const developmentOnly of [
      'No successUrl', // the landing note
      'CORS', // the cross-origin endpoint
      'GET as well as POST', // the route without GET
      'getCustomer returned null', // the route's hints
      'console.info',
    ]) {
      expect(code).not.toContain(developmentOnly);
    }
    // The refused local stand-in says why even in production builds: exactly one console.warn.
    expect(code.match(/console\.warn/g)).toHaveLength(1);
    expect(code).toContain('allowed in development builds only');
  });

  it('works in a browser running a development bundle, which has no process global (Vite, webpack)', async () => {
    const { outcome } = await checkoutInABrowserRealm(await bundle('development', 'iife'));
    expect(outcome).toEqual({ url: 'http://127.0.0.1:4010/checkout/chckt_session_1' });
  });

  it('is off, without crashing, in a browser running an unbundled copy (nothing replaced NODE_ENV)', async () => {
    const { outcome, warnings } = await checkoutInABrowserRealm(await bundle(undefined, 'iife'));
    expect(outcome).toEqual({ code: 'unsafe_redirect' });
    // Treated as production: the one line a production build says about the local stand-in.
    expect(warnings).toEqual([expect.stringContaining('allowed in development builds only')]);
  });

  it('a production bundle against the local stand-in says why on the console', async () => {
    const { outcome, warnings } = await checkoutInABrowserRealm(await bundle('production', 'iife'));
    expect(outcome).toEqual({ code: 'unsafe_redirect' });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^\[react-flowglad-checkout\] unsafe_redirect: Refused to redirect to http:\/\/127\.0\.0\.1:4010\/checkout\/chckt_session_1: .* Plain http on localhost \(a local Flowglad stand-in\) is allowed in development builds only\.$/,
      ),
    ]);
  });

  it('warns in a browser running a development bundle', async () => {
    const code = await bundle('development', 'iife');
    const { outcome, warnings } = await checkoutInABrowserRealm(code, 'http://evil.example/checkout/x');
    expect(outcome).toEqual({ code: 'unsafe_redirect' });
    expect(warnings).toEqual([expect.stringContaining('[react-flowglad-checkout] unsafe_redirect')]);
  });

  it("keeps the refused form post's sentences out of the button's bundle: a chunk loaded only with a marker", async () => {
    const result = await build({
      stdin: { contents: "export { CheckoutButton } from './src/index';", resolveDir: '.', loader: 'ts' },
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      outdir: 'out',
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"production"' },
      external: ['react', 'react-dom', 'swr', 'zod'],
      write: false,
      logLevel: 'error',
    });
    const [entry, ...chunks] = result.outputFiles ?? [];
    const sentence = 'Please sign in to continue to checkout.';
    expect(entry?.path).toMatch(/stdin\.js$/);
    expect(entry?.text).not.toContain(sentence);
    expect(entry?.text).toMatch(/import\("\.\/take-refusal-sentence-[\w-]+\.js"\)/);
    expect(chunks.map((chunk) => chunk.text).filter((text) => text.includes(sentence))).toHaveLength(1);
    // One chunk, sharing nothing with the button's: a bundler that inlines it (no code splitting) would
    // otherwise have to wrap the button's shared modules, zod's included, in lazy initialisers.
    expect(chunks).toHaveLength(1);
  });
});
