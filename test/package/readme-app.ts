import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './pack-library';

const run = promisify(execFile);

/** The versions the repository pins (its devDependencies): the README's apps install the same. */
export const PINNED: Record<string, string> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'),
).devDependencies;

/**
 * A new app made as the README says: what `npm create vite@latest -- --template react-ts` leaves
 * (test/package/fixtures/quickstart), the README's files written over it, the template's packages
 * and the README's install line (the packed library and `@flowglad/node`; npm adds the peers swr and
 * zod itself), then `extra` packages.
 *
 * @example
 * ```ts
 * const app = await createReadmeApp(tarball, readmeFiles('## Quickstart', '## How one click works'));
 * ```
 */
export async function createReadmeApp(
  tarball: string,
  files: Record<string, string>,
  extra: string[] = [],
): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'rfc-readme-app-'));
  cpSync(join(import.meta.dirname, 'fixtures', 'quickstart'), dir, { recursive: true });
  for (const [path, code] of Object.entries(files)) writeFileSync(join(dir, path), code);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'shop', private: true, type: 'module' }));
  const install = (specs: string[]) =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', ...specs], {
      cwd: dir,
    });
  const template = ['react', 'react-dom', 'vite', '@vitejs/plugin-react'].map(
    (name) => `${name}@${PINNED[name]}`,
  );
  await install(template);
  await install([tarball, `@flowglad/node@${PINNED['@flowglad/node']}`, ...extra]);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A command of the README running in the app (`npx vite`, `npx tsx server.ts`), its output kept for
 * failure messages.
 *
 * @example
 * ```ts
 * const vite: RunningCommand = startCommand(dir, ['node_modules/vite/bin/vite.js'], { NODE_ENV: 'development' });
 * ```
 */
export interface RunningCommand {
  output(): string;
  /** Resolves once `url` answers HTTP (any status); fails if the command exits first. */
  ready(url: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs `node <args>` in `dir` with `env` over the test's environment (a Flowglad key or base URL of
 * the test's own never leaks in unless `env` sets it).
 *
 * @example
 * ```ts
 * const server = startCommand(dir, ['node_modules/tsx/dist/cli.mjs', 'server.ts'], { PORT: '4123' });
 * await server.ready('http://127.0.0.1:4123/sign-in');
 * ```
 */
export function startCommand(dir: string, args: string[], env: NodeJS.ProcessEnv): RunningCommand {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.FLOWGLAD_SECRET_KEY;
  delete base.FLOWGLAD_BASE_URL;
  delete base.FLOWGLAD_APP_ORIGINS;
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: dir,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk) => {
    printed += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    printed += chunk;
  });
  return {
    output: () => printed,
    async ready(url) {
      for (;;) {
        const answered = await fetch(url).then(
          () => true,
          () => false,
        );
        if (answered) return;
        if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited:\n${printed}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}
