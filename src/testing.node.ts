/**
 * react-flowglad-checkout/testing, as Node loads it — a Flowglad stand-in server to develop and test
 * against, and MSW handlers that play your checkout route. The stand-in needs no `msw`;
 * `checkoutRouteHandlers` loads it on first use and says how to install it when it is missing.
 * @packageDocumentation
 */
export {
  type CheckoutRouteHandlers,
  type CheckoutRouteHandlersOptions,
  checkoutRouteHandlers,
} from './testing/checkout-route-handlers.node';
export { DEFAULT_STAND_IN_PRICES } from './testing/stand-in-state';
export { startFlowgladStandIn } from './testing/start-flowglad-stand-in';
export * from './testing/types';
