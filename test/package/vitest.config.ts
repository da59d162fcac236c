import { defineConfig } from 'vitest/config';

/**
 * Tests of the packed library (`npm pack` of the built `dist/`), never of the sources:
 * - `package`: publint, are-the-types-wrong, the `exports` map, `'use client'` and React-free server
 *   entries in the built files, and a fresh consumer project (Node ESM + CommonJS, a Vite React app);
 * Run them with `npm run test:package` (the examples under `examples/`: `npm run test:frameworks`).
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
          globalSetup: ['setup-packed-library.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
