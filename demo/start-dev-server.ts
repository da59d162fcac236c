import { createServer, type ViteDevServer } from 'vite';
import { connectFlowglad } from './connect-flowglad';
import { createStorefrontConfig } from './create-storefront-config';

/**
 * `npm run dev`: the demo store in Vite's dev server, on the embedded Flowglad stand-in unless
 * FLOWGLAD_SECRET_KEY is set (read on the server only; it never reaches the browser). Prints the URL
 * to open and which Flowglad it uses.
 *
 * @example
 * ```ts
 * await startDevServer();
 * ```
 */
export async function startDevServer(): Promise<ViteDevServer> {
  const server = await createServer(createStorefrontConfig(() => connectFlowglad(process.env)));
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
  return server;
}
