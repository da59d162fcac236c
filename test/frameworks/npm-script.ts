import { dirname } from 'node:path';
import { node22 } from './node-22';

/**
 * `npm run <script> -- <args>` in an example, exactly as its README says to run it; with `node22`, the
 * Node 22 that React Router 8, TanStack Start and wrangler need comes first on `PATH` (npm and every
 * `#!/usr/bin/env node` tool it starts then run on it).
 *
 * @example
 * ```ts
 * const { file, args, env } = npmScript('start', ['--host', '127.0.0.1'], { node22: true });
 * ```
 */
export function npmScript(
  script: string,
  args: string[] = [],
  options: { node22?: boolean } = {},
): { file: string; args: string[]; env: Record<string, string> } {
  const env: Record<string, string> = options.node22
    ? { PATH: `${dirname(node22())}:${process.env.PATH ?? ''}` }
    : {};
  return { file: 'npm', args: ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], env };
}
