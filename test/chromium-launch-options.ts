/**
 * How every real-browser run here starts Chromium: Debian's build (Playwright cannot download its own
 * browsers on these machines; `CHROMIUM_PATH` points elsewhere), headless, quiet on a closed network.
 * Shared by the Storybook and e2e projects (vite.config.ts), the packaging tests and the bench.
 *
 * @example
 * ```ts
 * const browser = await chromium.launch(chromiumLaunchOptions);
 * ```
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
