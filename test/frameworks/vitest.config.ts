import { defineConfig } from 'vitest/config';

/**
 * `npm run test:frameworks`: each example under `examples/` (one npm workspace, the packed library
 * installed from `examples/vendor/`) built as its users would, served, and driven to the thanks page's
 * status — in Chromium where it has pages, over HTTP where it is a route only. Two files run at once,
 * so one example builds while another is tested.
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    name: 'frameworks',
    environment: 'node',
    include: ['*.test.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
