import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_DIR } from './examples-dir';

/** React Router 8 asks for 22.22, TanStack Start and wrangler for 22.12: the newest floor wins. */
const MINIMUM = [22, 22];

const atLeast = (version: string) => {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > (MINIMUM[0] ?? 0) || (major === MINIMUM[0] && minor >= (MINIMUM[1] ?? 0));
};

/**
 * A Node binary new enough for the frameworks that need Node 22 (React Router 8, TanStack Start,
 * wrangler): this one when it is, else the Node 22 the examples' workspace installs from the npm
 * registry (Linux x64). Throws, saying what to do, when there is neither.
 *
 * @example
 * ```ts
 * spawn(node22(), ['node_modules/@react-router/dev/bin.js', 'build']);
 * ```
 */
export function node22(): string {
  if (atLeast(process.version)) return process.execPath;
  const installed = join(EXAMPLES_DIR, 'node_modules', 'node22', 'bin', 'node');
  if (existsSync(installed)) return installed;
  throw new Error(
    `React Router 8, TanStack Start and wrangler need Node ≥ ${MINIMUM.join('.')} (this is ${process.version}). ` +
      'Run the tests with Node 22 or later, or `npm ci --prefix examples` on Linux x64 (it installs one).',
  );
}
