import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as ServerEntry from '../src/server';
import type * as Testing from '../src/testing';
import { bundleBenchPage } from './bundle-bench-page';
import { importBuilt } from './package-root';

/** The storefront of the first-paint row, its real route, and the Flowglad stand-in behind it. */
export interface FirstPaintStore {
  origin: string;
  standIn: Testing.FlowgladStandIn;
  close(): Promise<void>;
}

const HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>store</title></head>' +
  '<body><div id="root"></div><script type="module" src="/page.js"></script></body></html>';

/**
 * Starts the built Flowglad stand-in answering every API call after `latencyMs`, and a store on
 * 127.0.0.1 serving the page and the library's real route (the built handler under `toNodeHandler`).
 * The route's shopper is whoever the page names in `x-bench-customer`.
 */
export async function startFirstPaintStore(latencyMs: number): Promise<FirstPaintStore> {
  const { createCheckoutSessionHandler, toNodeHandler } = await importBuilt<typeof ServerEntry>('./server');
  const { startFlowgladStandIn } = await importBuilt<typeof Testing>('./testing');
  const [page, standIn] = await Promise.all([
    bundleBenchPage('first-paint-page'),
    startFlowgladStandIn({ latencyMs }),
  ]);
  let route: ServerEntry.NodeHandler = (_req, res) => res.end();
  const server = createServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (path === '/api/checkout-sessions') return route(req, res);
    const send = (type: string, body: string) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/page.js') return send('text/javascript', page);
    if (path === '/') return send('text/html; charset=utf-8', HTML);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  route = toNodeHandler(
    createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      appOrigins: [origin],
      getCustomer: (request) => {
        const externalId = request.headers.get('x-bench-customer');
        return externalId ? { externalId, email: `${externalId}@example.com` } : null;
      },
    }),
  );
  return {
    origin,
    standIn,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await standIn.close();
    },
  };
}
