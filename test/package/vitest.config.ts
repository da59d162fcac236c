import { defineConfig } from 'vitest/config';

/**
 * Tests of the packed library (`npm pack` of the built `dist/`), never of the sources:
 * - `package`: publint, are-the-types-wrong, the `exports` map, `'use client'` and React-free server
 *   entries in the built files, and a fresh consumer project (Node ESM + CommonJS, a Vite React app);
 * - `nextjs`: the `examples/nextjs` store, installed from the tarball and built, end to end in Chromium.
 * Run them with `npm run test:package` and `npm run test:nextjs`.
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    projects: [
      {
        test: {
          name: 'package',
          environment: 'node',
          include: ['*.test.ts'],
          exclude: ['nextjs-*.test.ts'],
          globalSetup: ['setup-packed-library.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'nextjs',
          environment: 'node',
          include: ['nextjs-*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
