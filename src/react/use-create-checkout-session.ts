/**
 * `useCreateCheckoutSession`, over the engine the button shares with it: the runner's outcome as React
 * state, reset when the page comes back from the back/forward cache.
 */
import { useEffect, useState } from 'react';
import { type CheckoutOutcome, createCheckoutRunner, IDLE } from '../core/checkout-runner';
import { useCheckoutSettings } from './checkout-provider';
import type {
  CheckoutStatus,
  UseCreateCheckoutSessionOptions,
  UseCreateCheckoutSessionResult,
} from './types';

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

function checkoutStatus(outcome: CheckoutOutcome, redirect?: boolean): CheckoutStatus {
  if (outcome.state === 'busy') return 'creating';
  if (outcome.state === 'failed') return 'error';
  if (outcome.state === 'idle') return 'idle';
  return redirect === false ? 'success' : 'redirecting';
}

/**
 * @internal {@link useCreateCheckoutSession} plus what the button needs: `press`, `pressing`, `refused`
 * and the merged settings.
 */
export function useCheckoutRun(options: UseCreateCheckoutSessionOptions) {
  const { settings, latest: latestOptions } = useCheckoutSettings(options);
  const [outcome, setOutcome] = useState<CheckoutOutcome>(IDLE);
  const [pressing, setPressing] = useState(false);
  const [runner] = useState(() => createCheckoutRunner({ options: latestOptions, setOutcome, setPressing }));

  // Unmounting cancels the checkout: it never navigates afterwards. The abort waits one task, because
  // StrictMode unmounts and remounts every effect once in development — possibly after a first click.
  useEffect(() => runner.mount(), [runner]);

  const status = checkoutStatus(outcome, settings.redirect);
  const isLoading = status === 'creating' || status === 'redirecting';

  // Back from the hosted checkout through the back/forward cache: a busy checkout starts over.
  useEffect(() => {
    if (!isLoading) return;
    const onPageShow = (event: PageTransitionEvent) => event.persisted && runner.reset();
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [isLoading, runner]);

  const { createCheckoutSession, press, reset, refused } = runner;
  const result: UseCreateCheckoutSessionResult = {
    createCheckoutSession,
    status,
    isLoading,
    error: outcome.state === 'failed' ? outcome.error : undefined,
    data: outcome.state === 'done' ? outcome.data : undefined,
    reset,
  };
  return { ...result, press, pressing, refused, settings };
}
