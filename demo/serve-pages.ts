import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import type { CheckoutSessionHandler } from '../src/server';
import type { DemoPageState } from './demo-app';
import type { renderDemoPage } from './entry-server';
import { readDemoShopperView } from './handle-demo-session';

/** The store's pages by path; anything else is not a page (Vite serves modules and files, or 404). */
const PAGES: Record<string, DemoPageState['page']> = { '/': 'store', '/success': 'thanks' };

/** The Node request as a Web `Request` (a GET: headers only), for the route's and the sign-in's readers. */
function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), { headers });
}

/** JSON inside a `<script>`: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The demo store's pages, rendered on the server (Vite's SSR: `ssrLoadModule` + `renderToString` of
 * the tree `main.tsx` hydrates): the shopper comes from the sign-in cookie and, on the thanks page,
 * the checkout from `handler.getCheckoutSession(request)`, so the HTML is right before any script runs
 * — "Paid" on first paint, buttons that post their forms. What the server read rides along in the page
 * for hydration. A Connect middleware for Vite's dev server.
 *
 * @example
 * ```ts
 * server.middlewares.use(servePages(server, () => handler, flowglad.plansOf));
 * ```
 */
export function servePages(
  server: ViteDevServer,
  checkout: () => CheckoutSessionHandler,
  plansOf: (externalId: string) => Promise<string[]>,
) {
  const template = join(server.config.root, 'index.html');
  // Without live reload (the tests' store) the page gets no Vite client: its socket would keep Back
  // out of the back/forward cache, as no production page's would.
  const liveReload = server.config.server.ws !== false;
  return async (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const url = req.url ?? '/';
    const page = PAGES[url.split('?')[0] ?? ''];
    if (!page || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    try {
      const request = toRequest(req);
      const [shopper, session] = await Promise.all([
        readDemoShopperView(request, plansOf),
        // A failed read is reported by the route; the page then asks for itself once hydrated.
        page === 'thanks'
          ? checkout()
              .getCheckoutSession(request)
              .catch(() => undefined)
          : undefined,
      ]);
      const state: DemoPageState = { page, shopper, ...(session && { checkout: session }) };
      const written = await readFile(template, 'utf8');
      const html = liveReload ? await server.transformIndexHtml(url, written) : written;
      const entry = (await server.ssrLoadModule('/entry-server.tsx')) as {
        renderDemoPage: typeof renderDemoPage;
      };
      const body = html
        .replace('<!--page-->', () => entry.renderDemoPage(state))
        .replace(
          '<!--state-->',
          () => `<script id="demo-state" type="application/json">${scriptJson(state)}</script>`,
        );
      // Per shopper, so never shared; revalidated rather than no-store, which would keep Back out of the bfcache.
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'private, no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (error instanceof Error) server.ssrFixStacktrace(error);
      next(error);
    }
  };
}
