import type { CheckoutError } from '../core/checkout-error';
import type { CheckoutSessionInput, CheckoutSessionResult } from '../core/types';
import type { CheckoutProviderOptions } from './checkout-provider';
import { useCheckoutRun } from './use-checkout-run';

/** Where a checkout stands. `success` is reached only with `redirect: false`. */
export type CheckoutStatus = 'idle' | 'creating' | 'redirecting' | 'error' | 'success';

/** Options of {@link useCreateCheckoutSession}: any provider prop, plus what to do with the result. */
export interface UseCreateCheckoutSessionOptions extends CheckoutProviderOptions {
  /** Go to the hosted checkout once the session exists. @defaultValue `true` */
  redirect?: boolean;
  /** Called once with the created session, before any redirect. What it throws is reported, never in the way. */
  onSuccess?: (result: CheckoutSessionResult) => void;
  /**
   * Called once when the checkout fails (never for a cancelled one: unmounted, reset), before the
   * provider's `onError`.
   */
  onError?: (error: CheckoutError) => void;
  /** Called once with the (checked) URL, just before navigating to it. What it throws is reported, never in the way. */
  onRedirect?: (url: string) => void;
}

/** What {@link useCreateCheckoutSession} returns. */
export interface UseCreateCheckoutSessionResult {
  /**
   * Starts a checkout. Resolves to the result, or to `undefined` on failure (the error is in `error`
   * and `onError`) — it never rejects. A call while one is in flight sends nothing and returns the
   * same promise.
   */
  createCheckoutSession: (input: CheckoutSessionInput) => Promise<CheckoutSessionResult | undefined>;
  status: CheckoutStatus;
  /** `true` while `creating` or `redirecting`. */
  isLoading: boolean;
  error: CheckoutError | undefined;
  data: CheckoutSessionResult | undefined;
  /** Back to `idle`: forgets the result or error and cancels a request in flight. */
  reset: () => void;
}

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
