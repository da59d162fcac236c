import type { ViteDevServer } from 'vite';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins the running dev server is reached at — its local and network URLs, and on a loopback
 * host every loopback name at that port (a browser may open `localhost` or `127.0.0.1`) — as the
 * checkout route's `appOrigins`. Known only once the server listens (the port may be the next free one).
 *
 * @example
 * ```ts
 * devServerOrigins(server); // ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://[::1]:5173']
 * ```
 */
export function devServerOrigins(server: ViteDevServer): string[] {
  const urls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])];
  if (urls.length === 0) throw new Error('The demo store is not listening yet: it has no origin.');
  const origins = new Set<string>();
  for (const url of urls.map((text) => new URL(text))) {
    origins.add(url.origin);
    if (LOOPBACK.includes(url.hostname)) {
      for (const host of LOOPBACK) origins.add(`${url.protocol}//${host}:${url.port}`);
    }
  }
  return [...origins];
}
