import { useCallback, useContext, useEffect, useId, useRef } from 'react';
import useSWRMutation from 'swr/mutation';
import type { CheckoutError } from '../core/checkout-error';
import { createCheckoutSession as create } from '../core/create-checkout-session';
import { mergeDefined } from '../core/merge-defined';
import type { CheckoutSessionInput, CheckoutSessionResult } from '../core/types';
import { CheckoutContext, type CheckoutProviderOptions } from './checkout-provider';

/** Where a checkout stands. `success` is reached only with `redirect: false`. */
export type CheckoutStatus = 'idle' | 'creating' | 'redirecting' | 'error' | 'success';

/** Options of {@link useCreateCheckoutSession}: any provider prop, plus what to do with the result. */
export interface UseCreateCheckoutSessionOptions extends CheckoutProviderOptions {
  /** Go to the hosted checkout once the session exists. @defaultValue `true` */
  redirect?: boolean;
  /** Called once with the created session, before any redirect. */
  onSuccess?: (result: CheckoutSessionResult) => void;
  /** Called once when the checkout fails (never for a request cancelled by unmounting). */
  onError?: (error: CheckoutError) => void;
  /** Called once with the (checked) URL, just before navigating to it. */
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

/** Runs the user's callbacks; what they throw is reported, and never breaks the checkout's own flow. */
const safely = (callbacks: () => void) => {
  try {
    callbacks();
  } catch (error) {
    (globalThis.reportError ?? console.error)(error);
  }
};

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
  const latest = useRef(options);
  latest.current = mergeDefined(useContext(CheckoutContext), options);
  // The call in flight, and the controller that cancels it (on unmount or reset).
  const own = useRef<{
    run?: Promise<CheckoutSessionResult | undefined>;
    controller?: AbortController;
    gone?: boolean;
    leaving?: ReturnType<typeof setTimeout>;
  }>({});

  const {
    trigger,
    data,
    error,
    isMutating,
    reset: clear,
  } = useSWRMutation(
    `react-flowglad-checkout${useId()}`,
    (_key: string, { arg }: { arg: CheckoutSessionInput }) =>
      create(arg, { ...latest.current, signal: own.current.controller?.signal }),
    {
      throwOnError: false,
      // SWR calls these once per call it does not discard (a reset() discards).
      onSuccess: (result: CheckoutSessionResult) =>
        own.current.gone ||
        own.current.controller?.signal.aborted ||
        safely(() => {
          const { redirect = true, navigate = (url: string) => window.location.assign(url) } = latest.current;
          latest.current.onSuccess?.(result);
          if (redirect) {
            latest.current.onRedirect?.(result.url);
            navigate(result.url);
          }
        }),
      // A request we cancelled ourselves (unmount, reset) is not a failure to report.
      onError: (failure: CheckoutError) =>
        own.current.gone || failure.code === 'aborted' || safely(() => latest.current.onError?.(failure)),
    },
  );

  const reset = useCallback(() => {
    own.current.controller?.abort();
    own.current.run = undefined;
    clear();
  }, [clear]);

  const createCheckoutSession = useCallback(
    (input: CheckoutSessionInput) => {
      const state = own.current;
      if (!state.run) {
        state.controller = new AbortController();
        const run: Promise<CheckoutSessionResult | undefined> = trigger(input).finally(() => {
          if (state.run === run) state.run = undefined;
        });
        state.run = run;
      }
      return state.run;
    },
    [trigger],
  );

  // Unmounting cancels the request: it never navigates afterwards. The abort waits one task, because
  // StrictMode unmounts and remounts every effect once in development — possibly after a first click.
  useEffect(() => {
    const state = own.current;
    clearTimeout(state.leaving);
    state.gone = false;
    return () => {
      state.gone = true;
      state.leaving = setTimeout(() => state.controller?.abort());
    };
  }, []);

  const status: CheckoutStatus = isMutating
    ? 'creating'
    : error
      ? 'error'
      : data
        ? latest.current.redirect === false
          ? 'success'
          : 'redirecting'
        : 'idle';

  // Back from the hosted checkout through the back/forward cache: a busy checkout starts over.
  const busy = status === 'creating' || status === 'redirecting';
  useEffect(() => {
    if (!busy) return;
    const onPageShow = (event: PageTransitionEvent) => event.persisted && reset();
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [busy, reset]);

  return {
    createCheckoutSession,
    status,
    isLoading: busy,
    error: error as CheckoutError | undefined,
    data,
    reset,
  };
}
