import type { Plugin } from 'vite';
import { createCheckoutSessionHandler, toNodeHandler } from '../src/server';
import type { FlowgladConnection } from './connect-flowglad';
import { createSessionStatusHandler } from './create-session-status-handler';
import { DEMO_SHOPPER } from './demo-shopper';

const CONFIG_MODULE = 'virtual:storefront-config';

/**
 * The demo store's backend, inside Vite's dev server: connects to Flowglad (the embedded stand-in
 * unless a key is set), mounts the library's real checkout route at `POST /api/checkout-sessions`
 * and a status route at `GET /api/checkout-sessions/{id}`, gives the browser the hosted checkout's
 * origin through `virtual:storefront-config`, and says which Flowglad it uses next to Vite's URLs.
 * The stand-in stops with the server.
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
      const getCustomer = () => DEMO_SHOPPER;
      const { apiKey, baseUrl } = connection;
      const checkout = toNodeHandler(createCheckoutSessionHandler({ apiKey, baseUrl, getCustomer }));
      const status = toNodeHandler(createSessionStatusHandler({ apiKey, baseUrl, getCustomer }));
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path === '/api/checkout-sessions') return checkout(req, res, next);
        if (path?.startsWith('/api/checkout-sessions/')) return status(req, res, next);
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
