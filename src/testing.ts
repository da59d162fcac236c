/**
 * react-flowglad-checkout/testing — a Flowglad stand-in server to develop and test against (Node), and
 * MSW handlers that play your checkout route (Node and browsers, e.g. Storybook). Loading this entry
 * never loads Node built-ins; `startFlowgladStandIn` does, when called.
 * @packageDocumentation
 */
export {
  type CheckoutRouteHandlersOptions,
  checkoutRouteHandlers,
} from './testing/checkout-route-handlers';
export { DEFAULT_STAND_IN_PRICES } from './testing/default-stand-in-prices';
export type {
  FlowgladStandIn,
  FlowgladStandInOptions,
  RecordedRequest,
  StandInCheckoutSession,
  StandInCustomer,
  StandInPrice,
  StandInSubscription,
} from './testing/flowglad-stand-in';
export { startFlowgladStandIn } from './testing/start-flowglad-stand-in';
