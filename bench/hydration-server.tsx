import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { renderToString } from 'react-dom/server';
import type * as ClientEntry from '../src/index';
import type * as ServerEntry from '../src/server';
import type * as Testing from '../src/testing';
import { HydrationStore } from './browser/hydration-store';
import { bundleBenchPage } from './bundle-bench-page';
import { importBuilt } from './package-root';

/** The server-rendered store of row (g), its real route, and the Flowglad stand-in behind it. */
export interface HydrationStoreServer {
  origin: string;
  standIn: Testing.FlowgladStandIn;
  /** The page script's size as sent (gzip) and as run. */
  scriptBytes: { gzip: number; raw: number };
  close(): Promise<void>;
}

const STYLE =
  'body{margin:0;font:16px/1.5 system-ui,sans-serif}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem;padding:1rem}' +
  '.card{padding:1rem;border:1px solid #ddd;border-radius:8px}.card h2{margin:0;font-size:1rem}button{font:inherit;padding:.5rem 1rem}';

/**
 * Starts the built Flowglad stand-in answering every API call after `latencyMs`, and a store on
 * 127.0.0.1 whose page is rendered on the server with the BUILT library and React's production
 * `renderToString`, its script (React and the built library, minified) sent gzipped, and the library's
 * real route (the built handler under `toNodeHandler`, guests allowed: a form post carries no header).
 */
export async function startHydrationStore(latencyMs: number): Promise<HydrationStoreServer> {
  const { CheckoutButton, CheckoutProvider } = await importBuilt<typeof ClientEntry>('.');
  const { createCheckoutSessionHandler, toNodeHandler } = await importBuilt<typeof ServerEntry>('./server');
  const { startFlowgladStandIn } = await importBuilt<typeof Testing>('./testing');
  const [script, standIn] = await Promise.all([
    bundleBenchPage('hydration-page'),
    startFlowgladStandIn({ latencyMs }),
  ]);
  const gzipped = gzipSync(script, { level: 9 });
  let route: ServerEntry.NodeHandler = (_req, res) => res.end();
  const server = createServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (path === '/api/checkout-sessions') return route(req, res);
    if (path === '/page.js') {
      res.writeHead(200, {
        'content-type': 'text/javascript',
        'content-encoding': 'gzip',
        'cache-control': 'no-store',
      });
      return res.end(gzipped);
    }
    if (path !== '/') return res.writeHead(404).end();
    const body = renderToString(
      <HydrationStore library={{ CheckoutButton, CheckoutProvider }} checkoutOrigin={standIn.url} />,
    );
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      `<!doctype html><html><head><meta charset="utf-8"><title>store</title><style>${STYLE}</style>` +
        `<script type="module" src="/page.js"></script></head>` +
        `<body><div id="root" data-checkout-origin="${standIn.url}">${body}</div></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  route = toNodeHandler(
    createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      appOrigins: [origin],
      getCustomer: () => null,
      guestCheckout: true,
    }),
  );
  return {
    origin,
    standIn,
    scriptBytes: { gzip: gzipped.length, raw: Buffer.byteLength(script) },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await standIn.close();
    },
  };
}
