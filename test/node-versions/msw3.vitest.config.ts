import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The repository root: the tests and the library sources run from there, unchanged. */
const root = resolve(import.meta.dirname, '../..');
/** msw 3, installed by test/node-versions/run.mjs (`npm ci` in msw3/, under Node 22). */
const msw3 = resolve(import.meta.dirname, 'msw3/node_modules/msw');

/**
 * The tests that run MSW — the handlers of `react-flowglad-checkout/testing` (`checkoutRouteHandlers`),
 * the thanks-page hook on them, and the core's calls to a mocked route — again with msw 3, which needs
 * Node 22.12 or later (on Node 20 it intercepts nothing): `npm run test:node-versions` runs this on
 * Node 22 and 24. `msw`, `msw/node` and `msw/package.json` resolve to the copy in msw3/, and
 * expect-msw-3.ts fails every file if they ever do not.
 */
export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^msw$/, replacement: `${msw3}/lib/core/index.js` },
      { find: /^msw\/node$/, replacement: `${msw3}/lib/node/index.js` },
      { find: /^msw\/package\.json$/, replacement: `${msw3}/package.json` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'msw 3 (node)',
          environment: 'node',
          include: ['test/testing/checkout-route-handlers.test.ts'],
          setupFiles: ['test/node-versions/expect-msw-3.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'msw 3 (jsdom)',
          environment: 'jsdom',
          isolate: false, // one jsdom per worker, as in the root unit project
          environmentOptions: { jsdom: { url: 'https://shop.test/cart?item=1' } },
          include: ['test/core/**/*.test.ts', 'test/react/use-checkout-session.test.tsx'],
          // msw 3.0.5 (its socket interceptor) makes Node's fetch throw an uncaught assertion when a
          // request is aborted while a mocked body never ends, which this file does on purpose; msw 2
          // runs it everywhere else.
          exclude: ['test/core/create-checkout-session.deadline.test.ts'],
          setupFiles: ['test/node-versions/expect-msw-3.ts', 'test/setup-dom.ts'],
        },
      },
    ],
  },
});
