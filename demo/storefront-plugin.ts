import type { Plugin } from 'vite';
import { createCheckoutSessionHandler, toNodeHandler } from '../src/server';
import { allowGuestCheckout } from './allow-guest-checkout';
import type { FlowgladConnection } from './connect-flowglad';
import { devServerOrigins } from './dev-server-origins';
import { getDemoShopper } from './get-demo-shopper';
import { handleDemoSession } from './handle-demo-session';

const CONFIG_MODULE = 'virtual:storefront-config';

/**
 * The demo store's backend, inside Vite's dev server: connects to Flowglad (the embedded stand-in
 * unless a key is set) and mounts two routes — the library's checkout route at
 * `/api/checkout-sessions` (`POST` starts a checkout, `GET` tells the thanks page how it went; guests
 * may buy one-off products) and the demo's sign-in at `/api/demo-session`. The checkout route is
 * created on the first request, once the server knows its own URL: its `appOrigins` (unless
 * `FLOWGLAD_APP_ORIGINS` is set). Gives the browser the hosted checkout's origin through
 * `virtual:storefront-config`, and says which Flowglad it uses next to Vite's URLs. The stand-in
 * stops with the server.
 *
 * @example
 * ```ts
 * plugins: [react(), storefrontPlugin(() => connectFlowglad(process.env))]
 * ```
 */
export function storefrontPlugin(connect: () => Promise<FlowgladConnection>): Plugin {
  let flowglad: FlowgladConnection | undefined;
  return {
    name: 'storefront-api',
    apply: 'serve',
    async configureServer(server) {
      const connection = await connect();
      flowglad = connection;
      server.httpServer?.once('close', () => void connection.close());
      let checkout: ReturnType<typeof toNodeHandler> | undefined;
      const checkoutRoute = () => {
        checkout ??= toNodeHandler(
          createCheckoutSessionHandler({
            apiKey: connection.apiKey,
            baseUrl: connection.baseUrl,
            getCustomer: getDemoShopper,
            guestCheckout: allowGuestCheckout,
            appOrigins: process.env.FLOWGLAD_APP_ORIGINS ? undefined : devServerOrigins(server),
          }),
        );
        return checkout;
      };
      const demoSession = toNodeHandler((request) => handleDemoSession(request, connection.plansOf));
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path === '/api/checkout-sessions') return checkoutRoute()(req, res, next);
        if (path === '/api/demo-session') return demoSession(req, res, next);
        next();
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
      return `export const checkoutOrigin = ${JSON.stringify(checkoutOrigin)};\nexport const usesStandIn = ${Boolean(standIn)};\n`;
    },
  };
}
