import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { npmScript } from './npm-script';

const run = promisify(execFile);

/**
 * Runs one of an example's npm scripts to completion (`build`, `typecheck`) as from a shell:
 * `NODE_ENV=production` for builds, never the test runner's `test` (Vite would then build development
 * JSX). Fails with everything the script printed.
 *
 * @example
 * ```ts
 * await runExampleScript(appDir, 'build', { node22: true });
 * ```
 */
export async function runExampleScript(
  cwd: string,
  script: 'build' | 'typecheck',
  options: { node22?: boolean; env?: Record<string, string> } = {},
): Promise<void> {
  const { file, args, env } = npmScript(script, [], options);
  try {
    await run(file, args, {
      cwd,
      env: { ...process.env, NODE_ENV: 'production', ...env, ...options.env },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run ${script} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}
