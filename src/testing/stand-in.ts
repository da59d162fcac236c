// The Flowglad stand-in's public names, shared by both builds of react-flowglad-checkout/testing.
export { DEFAULT_STAND_IN_PRICES } from './default-stand-in-prices';
export { type FlowgladStandIn, startFlowgladStandIn } from './start-flowglad-stand-in';
export type {
  FlowgladStandInOptions,
  RecordedRequest,
  StandInCheckoutSession,
  StandInCustomer,
  StandInPaymentOutcome,
  StandInPrice,
  StandInSubscription,
} from './types';
