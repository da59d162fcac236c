import { createServer } from 'node:net';

/**
 * A port nobody listens on right now (the OS picks it), for servers that cannot take port 0.
 *
 * @example
 * ```ts
 * const port = await freePort();
 * spawn('vite', ['--port', String(port), '--strictPort']);
 * ```
 */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}
