import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The page and a stand-in checkout route on 127.0.0.1, answering after `latencyMs`. */
export interface ClickPageServer {
  origin: string;
  /** How long the route waits before answering (set between runs). */
  latencyMs: number;
  /** Which page bundle `/click-page.js` serves. */
  script: string;
  close(): Promise<void>;
}

// Cross-origin isolation gives the page 5 µs timers instead of 100 µs.
const ISOLATED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cache-control': 'no-store',
};
const HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>click bench</title></head>' +
  '<body><div id="root"></div><script type="module" src="/click-page.js"></script></body></html>';

function send(res: ServerResponse, status: number, type: string, body: string, headers = {}) {
  res.writeHead(status, { ...ISOLATED, 'content-type': type, ...headers });
  res.end(body);
}

/**
 * Serves the click page and plays the app's checkout route: it reads the POSTed body, waits
 * `latencyMs`, and answers `{ checkoutSession, url }` with `Server-Timing: route;dur=<its own time>`,
 * measured from the request's arrival to the answer.
 */
export async function startClickPageServer(script: string): Promise<ClickPageServer> {
  let sessions = 0;
  const server = createServer((req, res) => {
    const arrived = performance.now();
    if (req.method === 'GET' && req.url === '/') return send(res, 200, 'text/html; charset=utf-8', HTML);
    if (req.method === 'GET' && req.url === '/click-page.js') {
      return send(res, 200, 'text/javascript; charset=utf-8', handle.script);
    }
    if (req.method !== 'POST' || req.url !== '/api/checkout-sessions')
      return send(res, 404, 'text/plain', '');
    req.resume();
    req.on('end', () => {
      const answer = () => {
        const id = `chckt_session_bench_${++sessions}`;
        const body = JSON.stringify({
          checkoutSession: { id, status: 'open' },
          url: `${handle.origin}/checkout/${id}`,
        });
        const dur = (performance.now() - arrived).toFixed(3);
        send(res, 200, 'application/json', body, { 'server-timing': `route;dur=${dur}` });
      };
      if (handle.latencyMs > 0) setTimeout(answer, handle.latencyMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle: ClickPageServer = {
    origin: `http://127.0.0.1:${port}`,
    latencyMs: 0,
    script,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return handle;
}
