import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config, instead of the library build's vite.config.ts: Storybook would load
 * that file's declaration-bundling plugin (and the TypeScript it brings) on every start, to use only
 * its React plugin.
 */
export default defineConfig({ plugins: [react()] });
