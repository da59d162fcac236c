import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** How to start Chromium: set in vitest.config.ts (project `e2e`), shared with the story tests. */
    chromium: LaunchOptions;
  }
}

/**
 * Starts the headless Chromium the e2e tests drive, with the back/forward cache on as in shoppers'
 * browsers (Playwright turns it off by default).
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * ```
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...inject('chromium'), ignoreDefaultArgs: ['--disable-back-forward-cache'] });
}
