// The Flowglad stand-in's public names, shared by both builds of react-flowglad-checkout/testing.
export { DEFAULT_STAND_IN_PRICES } from './default-stand-in-prices';
export type {
  FlowgladStandIn,
  FlowgladStandInOptions,
  RecordedRequest,
  StandInCheckoutSession,
  StandInCustomer,
  StandInPaymentOutcome,
  StandInPrice,
  StandInSubscription,
} from './flowglad-stand-in';
export { startFlowgladStandIn } from './start-flowglad-stand-in';
