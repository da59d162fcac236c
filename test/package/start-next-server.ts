import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A running `next start`, and how to stop it. */
export interface NextServer {
  url: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** A port nobody listens on right now (the OS picks it), for servers that cannot take port 0. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/**
 * Starts the built Next.js app in `appDir` with `next start` on 127.0.0.1 and a free port, with
 * `env(url)` added to the environment (it gets the server's own URL); resolves once it answers HTTP. `stop()` ends it and its children (it runs in
 * its own process group).
 *
 * @example
 * ```ts
 * const next = await startNextServer('examples/nextjs', (url) => ({ SHOP_ORIGIN: url }));
 * await next.stop();
 * ```
 */
export async function startNextServer(
  appDir: string,
  env: (url: string) => Record<string, string>,
): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [join(appDir, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: appDir,
      env: { ...process.env, NODE_ENV: 'production', ...env(url) },
      detached: true,
      stdio: 'pipe',
    },
  );
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(url, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (ready) return { url, output: () => output, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer on ${url} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
