import { useEffect, useState } from 'react';
import { type CheckoutOutcome, createCheckoutRunner, IDLE } from '../core/checkout-runner';
import type {
  CheckoutStatus,
  UseCreateCheckoutSessionOptions,
  UseCreateCheckoutSessionResult,
} from './types';
import { useCheckoutSettings } from './use-checkout-settings';

function toStatus(outcome: CheckoutOutcome, redirect?: boolean): CheckoutStatus {
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

  const status = toStatus(outcome, settings.redirect);
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
