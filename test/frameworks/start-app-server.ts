import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../package/free-port';

/** A running example server, and how to stop it. */
export interface AppServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Everything the server printed so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** How to start one example's server. */
export interface AppServerOptions {
  /** The program (usually `npm`, see `npmScript`), its arguments and environment; `port` is the free port picked for it. */
  command: (port: number) => { file: string; args: string[]; env?: Record<string, string> };
  cwd: string;
  /** Added to the environment; gets the server's own URL (the shop's origin). */
  env?: (url: string) => Record<string, string>;
  /** Ready once this path answers HTTP at all. @defaultValue `'/'` */
  readyPath?: string;
  /** @defaultValue 60000 */
  startTimeoutMs?: number;
}

/**
 * Starts a server process on 127.0.0.1 and a port the OS says is free, in its own process group (so
 * `stop()` ends its children too: wrangler's workerd, a runtime's workers); resolves once it answers.
 *
 * @example
 * ```ts
 * const app = await startAppServer({ command: () => npmScript('start'), cwd, env: (url) => ({ SHOP_ORIGIN: url }) });
 * await app.stop();
 * ```
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { file, args, env } = options.command(port);
  let output = '';
  const child: ChildProcess = spawn(file, args, {
    cwd: options.cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env, ...options.env?.(url) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      output += `\n${error}`;
      resolve();
    });
  });
  let running = true;
  void exited.then(() => {
    running = false;
  });
  /** The whole group, even when its leader is gone (a runtime's workers may outlive it). */
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // nobody left in the group
    }
  };
  const stop = async () => {
    signal('SIGTERM');
    const killed = setTimeout(() => signal('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killed);
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  for (;;) {
    if (!running) throw new Error(`${file} ${args.join(' ')} exited before answering:\n${output}`);
    const ready = await fetch(url + (options.readyPath ?? '/'), { method: 'HEAD', redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (ready) return { url, output: () => output, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${file} ${args.join(' ')} did not answer on ${url} in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
