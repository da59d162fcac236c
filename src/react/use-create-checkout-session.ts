import type { UseCreateCheckoutSessionOptions, UseCreateCheckoutSessionResult } from './types';
import { useCheckoutRun } from './use-checkout-run';

/**
 * The checkout as a hook, for a custom UI: call `createCheckoutSession(input)` from a click handler
 * and render from `status`. It posts to your checkout route, checks the answer and the redirect
 * target, then navigates (unless `redirect: false`). Unmounting cancels a request in flight; a page
 * restored from the back/forward cache while busy goes back to `idle`.
 *
 * @example
 * ```tsx
 * const { createCheckoutSession, status, error } = useCreateCheckoutSession({ onError: console.warn });
 * return (
 *   <button disabled={status === 'creating'} onClick={() => createCheckoutSession({ priceId: 'price_123', quantity: 2 })}>
 *     {status === 'creating' ? 'One moment…' : 'Buy'}
 *   </button>
 * );
 * ```
 */
export function useCreateCheckoutSession(
  options: UseCreateCheckoutSessionOptions = {},
): UseCreateCheckoutSessionResult {
  const { createCheckoutSession, status, isLoading, error, data, reset } = useCheckoutRun(options);
  return { createCheckoutSession, status, isLoading, error, data, reset };
}
