import type { CheckoutError, CheckoutErrorCode } from '../core/checkout-error';

/** What a shopper reads for each client-side code; every other code reads {@link UNAVAILABLE}. */
const SHOPPER_MESSAGES: Partial<Record<CheckoutErrorCode, string>> = {
  invalid_input: 'This checkout could not be started. Please check your order and try again.',
  network: 'Could not reach checkout. Check your connection and try again.',
  timeout: 'Checkout took too long to answer. Please try again.',
};
const UNAVAILABLE = 'Checkout is unavailable right now. Please try again in a moment.';

/**
 * The message a {@link CheckoutButton} shows a shopper by default — never developer text. When the
 * checkout route refused with its own code (`error.routeCode`), its shopper-safe words; otherwise a
 * short sentence for `error.code`. The details stay in `error.message` and `error.issues`.
 *
 * @example
 * ```tsx
 * <CheckoutButton
 *   priceId="price_123"
 *   errorMessage={(error) => (error.routeCode === 'unauthenticated' ? <a href="/login">Sign in to buy</a> : defaultErrorMessage(error))}
 * />
 * ```
 */
export function defaultErrorMessage(error: CheckoutError): string {
  if (error.routeCode) return error.message;
  return SHOPPER_MESSAGES[error.code] ?? UNAVAILABLE;
}
