'use client';
/**
 * react-flowglad-checkout — the client entry: a button and a hook that take a shopper from "Buy" to
 * Flowglad's hosted checkout through your own backend route.
 * @packageDocumentation
 */
export {
  CheckoutError,
  type CheckoutErrorCode,
  type CheckoutErrorOptions,
  type CheckoutIssue,
  type CheckoutRouteErrorCode,
  isCheckoutError,
} from './core/checkout-error';
export type { CheckoutSessionBody } from './core/checkout-schema';
export { createCheckoutSession } from './core/create-checkout-session';
export { FLOWGLAD_ORIGIN } from './core/defaults';
export { getCheckoutSession } from './core/get-checkout-session';
export type {
  ActivateSubscriptionCheckoutInput,
  AddPaymentMethodCheckoutInput,
  CheckoutConfig,
  CheckoutEvent,
  CheckoutHeaders,
  CheckoutSessionCommonInput,
  CheckoutSessionInput,
  CheckoutSessionResult,
  CheckoutSessionState,
  CheckoutSessionSummary,
  FlowgladCheckoutSession,
  ProductCheckoutInput,
} from './core/types';
export {
  CheckoutButton,
  type CheckoutButtonOwnProps,
  type CheckoutButtonProps,
  type CheckoutButtonSessionProps,
} from './react/checkout-button';
export { CheckoutProvider, type CheckoutProviderProps } from './react/checkout-provider';
export { defaultErrorMessage } from './react/default-error-message';
export type {
  CheckoutProviderOptions,
  CheckoutStatus,
  UseCreateCheckoutSessionOptions,
  UseCreateCheckoutSessionResult,
} from './react/types';
export {
  type CheckoutSessionPolling,
  type CheckoutSessionStatus,
  type UseCheckoutSessionOptions,
  type UseCheckoutSessionResult,
  useCheckoutSession,
} from './react/use-checkout-session';
export { useCreateCheckoutSession } from './react/use-create-checkout-session';
