import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The repository root: the tests and the library sources run from there, unchanged. */
const root = resolve(import.meta.dirname, '../..');
/** React 18 and what must share it, installed here by `npm ci --prefix test/react18`. */
const react18 = resolve(import.meta.dirname, 'node_modules');

/** `react`, `react/jsx-runtime`, `react-dom/client`… all resolve to the React 18 copy installed here. */
const toReact18 = (name: string) => ({
  find: new RegExp(`^${name}(/.*)?$`),
  replacement: `${react18}/${name}$1`,
});

/**
 * Testing Library's ES module build. Its package has no `exports` map, so Vite would pick the CommonJS
 * `main`, which Vitest cannot inline: its `require('react-dom/client')` would load React 19.
 */
const testingLibraryDir = resolve(root, 'node_modules/@testing-library/react');
const testingLibraryEsm = resolve(
  testingLibraryDir,
  JSON.parse(readFileSync(resolve(testingLibraryDir, 'package.json'), 'utf8')).module,
);

/**
 * The unit and component tests (test/core, test/react) against React 18 and react-dom 18: same files,
 * same setup as the root `unit` project, with React aliased to the copy in this folder. SWR and Testing
 * Library are inlined so their own `import 'react'` goes through the alias too; SWR's CommonJS
 * `use-sync-external-store` shim is aliased to a copy installed beside React 18, so its `require('react')`
 * finds the same React. One React in the run, version 18 — `react-18.test.tsx` shows it.
 */
export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: [
      ...['react-dom', 'react', 'use-sync-external-store'].map(toReact18),
      { find: /^@testing-library\/react$/, replacement: testingLibraryEsm },
    ],
  },
  test: {
    name: 'unit (React 18)',
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'https://shop.test/cart?item=1' } },
    include: [
      'test/core/**/*.test.{ts,tsx}',
      'test/react/**/*.test.{ts,tsx}',
      'test/react18/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['test/react18/expect-react-18.ts', 'test/setup-dom.ts'],
    server: { deps: { inline: ['swr', '@testing-library/react'] } },
  },
});
