import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../package/free-port';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A running `storybook dev`, as `npm run storybook` starts it.
 *
 * @example
 * ```ts
 * const storybook: RunningStorybook = await startStorybook();
 * ```
 */
export interface RunningStorybook {
  /** Its origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Everything it printed, for failure messages. */
  output(): string;
  /** Stops it and its children (it runs in a process group of its own). */
  stop(): Promise<void>;
}

/**
 * Starts `storybook dev` (the repository's `.storybook` config) on a free port of 127.0.0.1 and
 * resolves once it answers HTTP.
 *
 * @example
 * ```ts
 * const storybook = await startStorybook();
 * await page.goto(`${storybook.url}/?path=/docs/components-checkoutbutton--docs`);
 * await storybook.stop();
 * ```
 */
export async function startStorybook(): Promise<RunningStorybook> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let printed = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/storybook/dist/bin/dispatcher.js',
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--exact-port',
      '--ci',
    ],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk) => {
    printed += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    printed += chunk;
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  for (;;) {
    const answered = await fetch(`${url}/index.json`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (child.exitCode !== null) throw new Error(`storybook dev exited with ${child.exitCode}:\n${printed}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, output: () => printed, stop };
}
