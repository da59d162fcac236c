import type { CheckoutError } from '../core/checkout-error';

/**
 * The message a {@link CheckoutButton} shows a shopper by default. The route's own message is shown
 * for a refusal the shopper or developer can act on (4xx, invalid input); anything else gets a short,
 * generic sentence — the details stay in `error.message` for developers.
 *
 * @example
 * ```tsx
 * <CheckoutButton priceId="price_123" errorMessage={(error) => `${defaultErrorMessage(error)} (${error.code})`} />
 * ```
 */
export function defaultErrorMessage(error: CheckoutError): string {
  if (error.code === 'network') return 'Could not reach checkout. Check your connection and try again.';
  if (error.code === 'timeout') return 'Checkout took too long to answer. Please try again.';
  if (error.code === 'invalid_input' || (error.code === 'http' && (error.status ?? 500) < 500))
    return error.message;
  return 'Checkout is unavailable right now. Please try again in a moment.';
}
