import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLES_DIR } from './examples-dir';

const run = promisify(execFile);

/**
 * Runs an example's production build (`file args…` in `cwd`) as `npm run build` would from a shell:
 * `NODE_ENV=production`, never the test runner's `test` (Vite would then build development JSX). Fails
 * with everything the build printed.
 *
 * @example
 * ```ts
 * await buildExample(node22(), [vite, 'build'], appDir);
 * ```
 */
export async function buildExample(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<void> {
  try {
    await run(file, args, {
      cwd,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/**
 * Type-checks an example with its own `tsconfig.json` and the examples' TypeScript (7, the native
 * compiler), as its `tsc` would. Fails with the errors.
 *
 * @example
 * ```ts
 * await typeCheckExample(appDir);
 * ```
 */
export function typeCheckExample(cwd: string): Promise<void> {
  return buildExample(
    process.execPath,
    [join(EXAMPLES_DIR, 'node_modules/typescript/bin/tsc'), '-p', '.'],
    cwd,
  );
}
