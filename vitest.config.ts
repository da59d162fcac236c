import react from '@vitejs/plugin-react';
import type { LaunchOptions } from 'playwright-core';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './test/browser/chromium-launch-options.ts';

/** The projects that need a browser; the others run offline in Node and jsdom. */
const BROWSER_PROJECTS = ['storybook', 'e2e'];

/** The `--project` names on the command line (none: every project runs). */
const chosenProjects = process.argv.flatMap((arg, index, args) => {
  if (arg === '--project') return [args[index + 1] ?? ''];
  return arg.startsWith('--project=') ? [arg.slice('--project='.length)] : [];
});
/** Find (and, the first time, unpack) Chromium only when a browser project will run. */
const chromium: LaunchOptions | undefined =
  chosenProjects.length === 0 || chosenProjects.some((name) => BROWSER_PROJECTS.includes(name))
    ? await chromiumLaunchOptions()
    : undefined;

/**
 * Every test project of the library (the build is vite.config.ts):
 * - `unit`: core and React tests in jsdom; `node`: the server route and the testing entry;
 * - `storybook`: every story rendered and played in headless Chromium, then axe;
 * - `e2e`: the demo store, its real route and the Flowglad stand-in, driven by Chromium.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // One jsdom and one module cache per worker instead of per file (5x faster); each file
          // starts its MSW server (serveWithMsw) and Testing Library unmounts after every test.
          isolate: false,
          // Not interleaved with the node project, whose files would make each worker rebuild jsdom.
          sequence: { groupOrder: 1 },
          // An https storefront page: relative URLs resolve against it and its origin is a default redirect target.
          environmentOptions: { jsdom: { url: 'https://shop.test/cart?item=1' } },
          include: ['test/core/**/*.test.{ts,tsx}', 'test/react/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Each file cleans up its own servers: sharing the module cache halves the project's time.
          isolate: false,
          include: ['test/server/**/*.test.ts', 'test/testing/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: chromium
          ? [
              import('@storybook/addon-vitest/vitest-plugin').then(({ storybookTest }) =>
                storybookTest({ configDir: '.storybook' }),
              ),
            ]
          : [],
        // Found up front, or the first run after an install reloads the page when MSW is first used.
        optimizeDeps: { include: ['msw/browser'] },
        test: {
          name: 'storybook',
          setupFiles: '.storybook/vitest.setup.ts',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium
              ? (await import('@vitest/browser-playwright')).playwright({ launchOptions: chromium })
              : undefined,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          provide: { chromium: chromium ?? {} },
        },
      },
    ],
  },
});
