import { createRequire } from 'node:module';
import {
  type CheckoutRouteHandlers,
  type CheckoutRouteHandlersOptions,
  createCheckoutRouteHandlers,
  type MswApi,
} from './route-handlers';

let msw: MswApi | undefined;

/** msw, loaded on first use: the Flowglad stand-in beside it in this entry must work without it. */
function loadMsw(): MswApi {
  try {
    msw ??= createRequire(import.meta.url)('msw') as MswApi;
    return msw;
  } catch (cause) {
    throw new Error(
      'checkoutRouteHandlers needs MSW: run `npm install -D msw` (the Flowglad stand-in does not).',
      { cause },
    );
  }
}

export type { CheckoutRouteHandlers, CheckoutRouteHandlersOptions };

/**
 * MSW request handlers that play your checkout route (`createCheckoutSessionHandler`) — its success
 * and each way it or the network can fail, with the bodies and statuses the real handler sends — for
 * your own tests and for Storybook. Each property makes one `HttpHandler`; install it with
 * `server.use(…)` (Node) or a story's `msw` parameter. The `POST` handlers play starting a checkout;
 * `checkoutSession`, `checkoutSessionSequence`, `noCheckoutSession` and `checkoutSessionError` play
 * the `GET` a thanks page asks (`useCheckoutSession`).
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { checkoutRouteHandlers } from 'react-flowglad-checkout/testing';
 * const route = checkoutRouteHandlers();
 * const server = setupServer(route.success());
 * server.use(route.unauthorized()); // this test: the shopper is signed out
 * server.use(route.checkoutSessionSequence(['pending', 'succeeded'])); // the thanks page sees the payment land
 * ```
 */
export function checkoutRouteHandlers(options?: CheckoutRouteHandlersOptions): CheckoutRouteHandlers {
  return createCheckoutRouteHandlers(loadMsw(), options);
}
