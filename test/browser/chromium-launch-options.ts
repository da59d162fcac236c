import { constants, existsSync, statSync } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LaunchOptions } from 'playwright-core';

/** Quiet on a closed network and runnable as root; shared by every real-browser run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where a system Chrome or Chromium usually lives (Debian, Ubuntu, Fedora, Google's packages, macOS). */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** A runnable browser is a non-empty executable regular file (an empty file laid over it hides it). */
async function isRunnable(path: string): Promise<boolean> {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size === 0) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's own Chromium, when someone ran `npx playwright install chromium` (not possible offline). */
async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return (await isRunnable(path)) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium that comes with `npm install`: `@sparticuz/chromium`, a devDependency holding a
 * brotli-packed headless Chromium for Linux x64. Unpacked once into node_modules/.cache, through a
 * temporary folder renamed into place, so a run killed half-way or two runs at once never leave a
 * broken browser behind.
 */
async function packagedChromium(): Promise<string | undefined> {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  // node_modules/@sparticuz/chromium/build/cjs/index.cjs → the package folder, then node_modules/.cache
  const packageDir = join(dirname(entry), '..', '..');
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const cacheRoot = join(packageDir, '..', '..', '.cache', 'react-flowglad-checkout');
  const folder = join(cacheRoot, `chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (existsSync(join(folder, '.complete')) && (await isRunnable(binary))) return binary;
  await mkdir(cacheRoot, { recursive: true });
  const scratch = await mkdtemp(join(cacheRoot, '.unpacking-'));
  // The package unpacks into os.tmpdir(), which follows TMPDIR at call time.
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    await sparticuz.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  await writeFile(join(scratch, '.complete'), `${version}\n`);
  try {
    await rename(scratch, folder);
  } catch {
    // Another run unpacked it first: use theirs.
    await rm(scratch, { recursive: true, force: true });
  }
  return (await isRunnable(binary)) ? binary : undefined;
}

/**
 * Finds the Chromium every browser test, story test, e2e run, package test and the bench drive, in
 * this order: `CHROMIUM_PATH`; a system Chrome or Chromium at the usual paths; Playwright's own
 * browser if installed; the Chromium inside the `@sparticuz/chromium` devDependency. Throws, saying
 * what to do, when none is found.
 *
 * @example
 * ```ts
 * const { executablePath, source } = await findChromium();
 * ```
 */
export async function findChromium(): Promise<{ executablePath: string; source: string }> {
  const chosen = process.env.CHROMIUM_PATH?.trim();
  if (chosen) {
    if (await isRunnable(chosen)) return { executablePath: chosen, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is ${chosen}, which is not an executable file. Fix it or unset it.`);
  }
  for (const path of SYSTEM_PATHS) {
    if (await isRunnable(path)) return { executablePath: path, source: 'system' };
  }
  const playwright = await playwrightChromium();
  if (playwright) return { executablePath: playwright, source: 'playwright' };
  const packaged = await packagedChromium();
  if (packaged) return { executablePath: packaged, source: '@sparticuz/chromium' };
  throw new Error(
    'No Chromium found. Run `npm install` (it brings @sparticuz/chromium on Linux x64), install Chrome or Chromium, or set CHROMIUM_PATH.',
  );
}

let launchOptions: Promise<LaunchOptions> | undefined;

/**
 * Playwright launch options for the Chromium {@link findChromium} picks: headless, with
 * {@link CHROMIUM_ARGS}. Resolved once per process.
 *
 * @example
 * ```ts
 * const browser = await chromium.launch(await chromiumLaunchOptions());
 * ```
 */
export function chromiumLaunchOptions(): Promise<LaunchOptions> {
  launchOptions ??= findChromium().then(({ executablePath }) => ({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  }));
  return launchOptions;
}
