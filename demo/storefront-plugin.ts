import type { Plugin } from 'vite';
import { type CheckoutSessionHandler, createCheckoutSessionHandler, toNodeHandler } from '../src/server';
import { allowGuestCheckout } from './allow-guest-checkout';
import type { FlowgladConnection } from './connect-flowglad';
import { devServerOrigins } from './dev-server-origins';
import { getDemoShopper } from './get-demo-shopper';
import { handleDemoSession } from './handle-demo-session';
import { servePages } from './serve-pages';

const CONFIG_MODULE = 'virtual:storefront-config';

/**
 * How the demo store runs its checkout. `npm run dev` takes the defaults; the end-to-end tests and
 * the bench set them.
 *
 * @example
 * ```ts
 * const options: StorefrontOptions = { startOn: 'pointerdown', reuseOpenSessions: false };
 * ```
 */
export interface StorefrontOptions {
  /** The buttons' `startOn`. @defaultValue `'click'` */
  startOn?: 'click' | 'pointerdown';
  /** The route's `reuseOpenSessions`; `false` behaves as the route did before it reused sessions. @defaultValue `true` */
  reuseOpenSessions?: boolean;
}

/**
 * The demo store's backend, inside Vite's dev server: connects to Flowglad (the embedded stand-in
 * unless a key is set), renders the store's pages on the server (`servePages`) and mounts two routes —
 * the library's checkout route at `/api/checkout-sessions` (`POST` starts a checkout, from the page or
 * as a form post; `GET` tells the thanks page how it went; guests may buy one-off products) and the
 * demo's sign-in at `/api/demo-session`. The checkout route is created on the first request, once the
 * server knows its own URL: its `appOrigins` (unless `FLOWGLAD_APP_ORIGINS` is set). Gives the browser
 * the hosted checkout's origin and `startOn` through `virtual:storefront-config`, and says which
 * Flowglad it uses next to Vite's URLs. The stand-in stops with the server.
 *
 * @example
 * ```ts
 * plugins: [react(), storefrontPlugin(() => connectFlowglad(process.env))]
 * ```
 */
export function storefrontPlugin(
  connect: () => Promise<FlowgladConnection>,
  { startOn = 'click', reuseOpenSessions = true }: StorefrontOptions = {},
): Plugin {
  let flowglad: FlowgladConnection | undefined;
  return {
    name: 'storefront-api',
    apply: 'serve',
    async configureServer(server) {
      const connection = await connect();
      flowglad = connection;
      server.httpServer?.once('close', () => void connection.close());
      let checkout: CheckoutSessionHandler | undefined;
      const checkoutHandler = () => {
        checkout ??= createCheckoutSessionHandler({
          apiKey: connection.apiKey,
          baseUrl: connection.baseUrl,
          getCustomer: getDemoShopper,
          guestCheckout: allowGuestCheckout,
          reuseOpenSessions,
          appOrigins: process.env.FLOWGLAD_APP_ORIGINS ? undefined : devServerOrigins(server),
        });
        return checkout;
      };
      let checkoutRoute: ReturnType<typeof toNodeHandler> | undefined;
      const demoSession = toNodeHandler((request) => handleDemoSession(request, connection.plansOf));
      const pages = servePages(server, checkoutHandler, connection.plansOf);
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path === '/api/checkout-sessions') {
          checkoutRoute ??= toNodeHandler(checkoutHandler());
          return checkoutRoute(req, res, next);
        }
        if (path === '/api/demo-session') return demoSession(req, res, next);
        void pages(req, res, next);
      });
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        server.config.logger.info(`  ➜  Flowglad: ${connection.description}`);
      };
    },
    resolveId: (id) => (id === CONFIG_MODULE ? `\0${CONFIG_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${CONFIG_MODULE}` || !flowglad) return undefined;
      const { checkoutOrigin, standIn } = flowglad;
      return [
        `export const checkoutOrigin = ${JSON.stringify(checkoutOrigin)};`,
        `export const usesStandIn = ${Boolean(standIn)};`,
        `export const startOn = ${JSON.stringify(startOn)};`,
        '',
      ].join('\n');
    },
  };
}
