import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

// MSW's service worker, served at /mockServiceWorker.js: copied from the installed msw on every start,
// so it always matches msw's version — and nothing sits in public/, which the library build would
// copy into dist/.
const workerDir = fileURLToPath(new URL('../node_modules/.cache/msw-worker/', import.meta.url));
mkdirSync(workerDir, { recursive: true });
copyFileSync(
  createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'),
  `${workerDir}mockServiceWorker.js`,
);

/**
 * Storybook for the button and the hook: CSF3 stories and MDX pages from `stories/`, the network
 * mocked with MSW, props tables from the TSDoc.
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/react-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: [{ from: workerDir, to: '/' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A showcase of this library, not a Storybook tutorial: no "Get started" checklist in the sidebar or menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // A Storybook preview bundles React, the docs and axe: far past Vite's 500 kB hint, by design.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
  }),
  typescript: {
    // The TSDoc of our props (and of the props they inherit from our own types), not React's 250 DOM props.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Only the components get props tables: a TypeScript program over them alone, not the whole repository.
      include: ['src/react/**/*.tsx'],
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
};

export default config;
