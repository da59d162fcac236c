import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type BenchRow, formatInt } from './bench-row';
import { linkBuiltPackage, packageRoot } from './package-root';
import {
  CHECKOUT_SESSION_HOOK_BUDGET,
  LAZY_SENTENCES,
  OWN_CODE_REGRESSION_BUDGET,
  OWN_CODE_TARGET,
  STOREFRONT_TARGET,
  STOREFRONT_WITH_SENTENCES_BUDGET,
} from './size-limit.config.js';

/** What one bundle weighs. */
export interface BundleSize {
  minified: number;
  gzipped: number;
}

/** One bundle to measure: an entry's source and what stays outside the bundle. */
interface BundleCase {
  source: string;
  external: string[];
  platform: 'browser' | 'node';
}

/** gzip at level 9, as size-limit's `gzip: true` and most CDNs compute it. */
export const gzipSize = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

async function measure(dir: string, nodeModules: string, name: string, spec: BundleCase) {
  const entry = join(dir, `${name}.js`);
  writeFileSync(entry, spec.source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: spec.platform,
    // Explicit, though esbuild implies it when minifying for the browser: React's production build.
    define: { 'process.env.NODE_ENV': '"production"' },
    external: spec.external,
    nodePaths: [nodeModules],
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles?.[0]?.contents;
  if (!code) throw new Error(`esbuild wrote nothing for ${name}`);
  return { minified: code.length, gzipped: gzipSize(code) };
}

const REACT = ['react', 'react-dom'];
const BUTTON = "export { CheckoutButton } from 'react-flowglad-checkout';";
// The button loads the refused-post sentences with import(): a storefront's bundler makes them a chunk
// of their own, fetched only when the page carries the route's marker. The first line leaves them out.
const CASES = {
  storefront: { source: BUTTON, external: [...REACT, LAZY_SENTENCES], platform: 'browser' },
  storefrontWithSentences: { source: BUTTON, external: REACT, platform: 'browser' },
  ownCode: { source: BUTTON, external: [...REACT, 'swr', 'zod', LAZY_SENTENCES], platform: 'browser' },
  thanksPage: {
    source: "export { useCheckoutSession } from 'react-flowglad-checkout';",
    external: REACT,
    platform: 'browser',
  },
  server: {
    source: "export * from 'react-flowglad-checkout/server';",
    external: ['zod', '@flowglad/node', 'swr', 'msw', ...REACT],
    platform: 'node',
  },
  flowgladReact: {
    source: "export { FlowgladProvider, useBilling } from '@flowglad/react';",
    external: REACT,
    platform: 'browser',
  },
} satisfies Record<string, BundleCase>;

const flowgladReactVersion = () =>
  JSON.parse(readFileSync(join(packageRoot(), 'node_modules/@flowglad/react/package.json'), 'utf8')).version;

/** The sizes of every case, measured from the built package in one run. */
export async function measureBundleSizes(): Promise<Record<keyof typeof CASES, BundleSize>> {
  const linked = linkBuiltPackage();
  try {
    const sizes: Partial<Record<keyof typeof CASES, BundleSize>> = {};
    for (const [name, spec] of Object.entries(CASES)) {
      sizes[name as keyof typeof CASES] = await measure(linked.dir, linked.nodeModules, name, spec);
    }
    return sizes as Record<keyof typeof CASES, BundleSize>;
  } finally {
    linked.remove();
  }
}

/** Row (a): the bundle a storefront pays for, our own code, the server entry, and the reference. */
export async function bundleRows(): Promise<BenchRow[]> {
  const sizes = await measureBundleSizes();
  const method = (what: string, external: string, platform = 'browser') =>
    `esbuild JS API: bundle \`${what}\` (platform ${platform}, ESM, minify: true), ${external} external; ` +
    'gzip level 9 (zlib)';
  const ours = ' — resolved by package name through its exports to the built dist/';
  const lazy = `the lazily loaded sentences (${LAZY_SENTENCES})`;
  const bytes = ({ gzipped, minified }: BundleSize) =>
    `${formatInt(gzipped)} B min+gzip (${formatInt(minified)} B min)`;
  return [
    {
      item: 'a',
      measure:
        'bundle: CheckoutButton, its peers bundled (zod; the button uses no swr) — what a storefront loads',
      method:
        method("import { CheckoutButton } from 'react-flowglad-checkout'", `react, react-dom, ${lazy}`) +
        ours,
      result: bytes(sizes.storefront),
      target: `≤ ${formatInt(STOREFRONT_TARGET)} B`,
      pass: sizes.storefront.gzipped <= STOREFRONT_TARGET,
    },
    {
      item: 'a',
      measure: 'bundle: the same with the lazily loaded sentences (all the button can load)',
      method: method("import { CheckoutButton } from 'react-flowglad-checkout'", 'react, react-dom') + ours,
      result: bytes(sizes.storefrontWithSentences),
      target: `≤ ${formatInt(STOREFRONT_WITH_SENTENCES_BUDGET)} B (budget)`,
      pass: sizes.storefrontWithSentences.gzipped <= STOREFRONT_WITH_SENTENCES_BUDGET,
    },
    {
      item: 'a',
      measure: 'bundle: CheckoutButton, own code only',
      method:
        method(
          "import { CheckoutButton } from 'react-flowglad-checkout'",
          `react, react-dom, swr, zod, ${lazy}`,
        ) + ours,
      result: bytes(sizes.ownCode),
      target: `≤ ${formatInt(OWN_CODE_TARGET)} B (regression budget ${formatInt(OWN_CODE_REGRESSION_BUDGET)} B)`,
      pass: sizes.ownCode.gzipped <= OWN_CODE_TARGET,
    },
    {
      item: 'a',
      measure: 'bundle: useCheckoutSession, swr bundled (what a thanks page pays)',
      method:
        method("import { useCheckoutSession } from 'react-flowglad-checkout'", 'react, react-dom') + ours,
      result: bytes(sizes.thanksPage),
      target: `≤ ${formatInt(CHECKOUT_SESSION_HOOK_BUDGET)} B (budget)`,
      pass: sizes.thanksPage.gzipped <= CHECKOUT_SESSION_HOOK_BUDGET,
    },
    {
      item: 'a',
      measure: 'bundle: /server entry, own code only',
      method: method("export * from 'react-flowglad-checkout/server'", 'zod, @flowglad/node', 'node') + ours,
      result: bytes(sizes.server),
      target: '',
    },
    {
      item: 'a',
      measure: 'reference: @flowglad/react FlowgladProvider + useBilling',
      method: `${method("import { FlowgladProvider, useBilling } from '@flowglad/react'", 'react, react-dom')} — @flowglad/react ${flowgladReactVersion()}, in the same run`,
      result: bytes(sizes.flowgladReact),
      target: '',
    },
  ];
}
