/**
 * react-flowglad-checkout/testing — a Flowglad stand-in server to develop and test against (Node), and
 * MSW handlers that play your checkout route (Node and browsers, e.g. Storybook). This build, for
 * browsers and bundlers, imports `msw`; Node loads `testing.node` instead (package.json `exports`),
 * where the stand-in works without `msw` installed and `checkoutRouteHandlers` loads it on first use.
 * @packageDocumentation
 */
export {
  type CheckoutRouteHandlers,
  type CheckoutRouteHandlersOptions,
  checkoutRouteHandlers,
} from './testing/checkout-route-handlers';
export { DEFAULT_STAND_IN_PRICES } from './testing/stand-in-state';
export { startFlowgladStandIn } from './testing/start-flowglad-stand-in';
export * from './testing/types';
