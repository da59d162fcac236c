import react from '@vitejs/plugin-react';
import type { PluginOption } from 'vite';
import dts from 'vite-plugin-dts';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './test/chromium-launch-options';

/** Packages the library never bundles: peers, optional peers and Node built-ins. */
const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^swr($|\/)/,
  /^zod($|\/)/,
  /^msw($|\/)/,
  /^@flowglad\/node($|\/)/,
  /^node:/,
];

/** Only a real library build writes declarations: Storybook and Vitest load this file too. */
const buildingLibrary = !process.env.VITEST && !process.env.STORYBOOK;
/** The test-only plugins load only under Vitest: the library build and Storybook never pay for them. */
const testing = Boolean(process.env.VITEST);
const chromium = chromiumLaunchOptions;

export default defineConfig({
  plugins: [
    react(),
    buildingLibrary &&
      (dts({
        tsconfigPath: './tsconfig.build.json',
        bundleTypes: true,
        outDirs: [
          { dir: 'dist', moduleFormat: 'esm' },
          { dir: 'dist', moduleFormat: 'cjs' },
        ],
      }) as PluginOption),
  ],
  build: {
    // The library ships dist/ only: nothing from a public/ folder.
    copyPublicDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', server: 'src/server.ts', testing: 'src/testing.ts' },
      formats: ['es', 'cjs'],
      fileName: (format, name) => `${name}.${format === 'es' ? 'js' : 'cjs'}`,
    },
    rolldownOptions: { external },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
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
          include: ['test/server/**/*.test.ts', 'test/testing/**/*.test.ts'],
        },
      },
      {
        // Every story is a test: rendered in headless Chromium, its play function run, then axe.
        extends: true,
        plugins: testing
          ? [
              import('@storybook/addon-vitest/vitest-plugin').then(({ storybookTest }) =>
                storybookTest({ configDir: '.storybook' }),
              ),
            ]
          : [],
        test: {
          name: 'storybook',
          setupFiles: '.storybook/vitest.setup.ts',
          browser: {
            enabled: true,
            headless: true,
            provider: testing
              ? (await import('@vitest/browser-playwright')).playwright({ launchOptions: chromium })
              : undefined,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The demo storefront, its real route and the Flowglad stand-in, driven by Chromium.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          provide: { chromium },
        },
      },
    ],
  },
});
