import { createServer, mergeConfig } from 'vite';
import { connectFlowglad } from '../../demo/connect-flowglad';
import { createStorefrontConfig } from '../../demo/create-storefront-config';
import type { StorefrontOptions } from '../../demo/storefront-plugin';
import type { FlowgladStandIn } from '../../src/testing';

/**
 * A running demo store, as `npm run dev` serves it, on a free port of 127.0.0.1.
 *
 * @example
 * ```ts
 * const store: RunningStorefront = await startStorefront();
 * ```
 */
export interface RunningStorefront {
  /** The store's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The embedded Flowglad stand-in the store's route talks to. */
  standIn: FlowgladStandIn;
  /** Stops the store and its stand-in. */
  close(): Promise<void>;
}

/**
 * Starts the demo store in this process exactly as `npm run dev` does — the same Vite config, the real
 * checkout route, the embedded Flowglad stand-in — but on a free port and quietly.
 *
 * @example
 * ```ts
 * const store = await startStorefront();
 * await page.goto(store.url);
 * await store.close();
 * ```
 */
export async function startStorefront(
  options: StorefrontOptions & { liveReload?: boolean } = {},
): Promise<RunningStorefront> {
  const flowglad = await connectFlowglad({});
  const { standIn } = flowglad;
  if (!standIn) throw new Error('connectFlowglad({}) should start the embedded stand-in');
  const server = await createServer(
    mergeConfig(
      createStorefrontConfig(async () => flowglad, options),
      {
        server: {
          host: '127.0.0.1',
          port: 0,
          ...(options.liveReload === false && { ws: false, hmr: false }),
        },
        logLevel: 'warn',
      },
      false,
    ),
  );
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address !== 'object') throw new Error('the demo store did not start listening');
  return {
    url: `http://127.0.0.1:${address.port}`,
    standIn,
    close: async () => {
      await server.close();
      await flowglad.close();
    },
  };
}
