/**
 * react-flowglad-checkout/server — the backend route the button calls: a Web-standard
 * `Request → Response` handler that holds the Flowglad secret key, creates checkout sessions safely
 * (`POST`) and tells the browser that started one how it went (`GET`), and an adapter for Node `http`
 * and Express. No React in here.
 * @packageDocumentation
 */

export {
  CheckoutError,
  type CheckoutErrorCode,
  type CheckoutIssue,
  type CheckoutRouteErrorCode,
  isCheckoutError,
} from './core/checkout-error';
export type {
  CheckoutSessionInput,
  CheckoutSessionState,
  CheckoutSessionSummary,
} from './core/types';
export { createCheckoutSessionHandler } from './server/handler';
export {
  getNodeRequest,
  type NodeHandler,
  type NodeHandlerOptions,
  type NodeResponseLike,
  toNodeHandler,
} from './server/to-node-handler';
export type {
  CheckoutCustomer,
  CheckoutHandlerErrorCode,
  CheckoutHandlerErrorContext,
  CheckoutHandlerStage,
  CheckoutSessionHandler,
  CheckoutSessionHandlerOptions,
  CheckoutSessionStarted,
  NodeRequestLike,
} from './server/types';
