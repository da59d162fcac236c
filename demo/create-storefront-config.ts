import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { InlineConfig } from 'vite';
import type { FlowgladConnection } from './connect-flowglad';
import { type StorefrontOptions, storefrontPlugin } from './storefront-plugin';

/** The repository root: `npm run dev` and the tests run from there (the dev server's code is bundled elsewhere). */
const repository = process.cwd();

/**
 * The demo store's Vite config, for `npm run dev` (`demo/start-dev-server.ts`) and for the end-to-end
 * tests and the bench, which start it on a free port with a stand-in of their own (and may set
 * `options`).
 *
 * @example
 * ```ts
 * const server = await createServer({ ...createStorefrontConfig(() => connectFlowglad(process.env)), server: { port: 0 } });
 * ```
 */
export function createStorefrontConfig(
  connect: () => Promise<FlowgladConnection>,
  options: StorefrontOptions = {},
): InlineConfig {
  return {
    configFile: false,
    root: resolve(repository, 'demo'),
    cacheDir: resolve(repository, 'node_modules/.vite/demo'),
    clearScreen: false,
    // The pages are rendered on the server (demo/serve-pages.ts), not served as a single-page app.
    appType: 'custom',
    // The API routes answer same-origin requests only; no CORS headers from Vite's dev server either.
    server: { cors: false },
    plugins: [react(), storefrontPlugin(connect, options)],
    // The demo imports the library's sources, which Vite serves as they are: say "development" as a
    // bundler does for a package, so the library's development warnings reach the browser console.
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    // Pre-bundled up front, so a first visit never reloads the page to add a late-found dependency.
    optimizeDeps: {
      entries: ['main.tsx'],
      include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', 'swr', 'zod/mini'],
    },
  };
}
