import { readFileSync } from 'node:fs';
import type { ExtractorMessage } from '@microsoft/api-extractor';
import react from '@vitejs/plugin-react';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

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

/** Only a real library build writes declarations: Storybook loads this file too. */
const buildingLibrary = !process.env.VITEST && !process.env.STORYBOOK;

/** The optional stylesheet, `react-flowglad-checkout/styles.css`, shipped as written. */
const stylesheet: PluginOption = {
  name: 'stylesheet',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/styles.css', 'utf8') });
  },
};

export default defineConfig({
  plugins: [
    react(),
    buildingLibrary && stylesheet,
    buildingLibrary &&
      (dts({
        tsconfigPath: './tsconfig.build.json',
        bundleTypes: {
          // API Extractor's notes on which TypeScript it bundles are noise in every build. The plugin
          // passes invokeOptions on to Extractor.invoke whole; its type omits messageCallback.
          invokeOptions: {
            messageCallback: (message: ExtractorMessage) => {
              if (message.logLevel === 'info') message.handled = true;
            },
          } as object,
        },
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
      entry: {
        index: 'src/index.ts',
        server: 'src/server.ts',
        testing: 'src/testing.ts',
        'testing.node': 'src/testing.node.ts',
      },
      formats: ['es', 'cjs'],
      fileName: (format, name) => `${name}.${format === 'es' ? 'js' : 'cjs'}`,
    },
    // Declaration bundling dominates the build: rolldown's plugin-timing note would print on every build.
    rolldownOptions: { external, platform: 'node', checks: { bundlerTimings: false } },
  },
});
