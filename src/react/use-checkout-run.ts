import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { callSafely } from '../core/call-safely';
import type { CheckoutError } from '../core/checkout-error';
import { runCheckout } from '../core/run-checkout';
import type { CheckoutSessionInput, CheckoutSessionResult } from '../core/types';
import { CheckoutContext } from './checkout-provider';
import { mergeDefined } from './merge-defined';
import type {
  CheckoutStatus,
  UseCreateCheckoutSessionOptions,
  UseCreateCheckoutSessionResult,
} from './types';
import { useLatest } from './use-latest';
import { type PressGate, waitForClick } from './wait-for-click';

/** The checkout in flight: its promise, what cancels it, and the press waiting for its click. */
interface InFlight {
  run?: Promise<CheckoutSessionResult | undefined>;
  controller?: AbortController;
  press?: PressGate;
  unmounted?: boolean;
  abortLater?: ReturnType<typeof setTimeout>;
}

/** The current checkout's outcome, as the hook renders it. */
interface Outcome {
  busy: boolean;
  data?: CheckoutSessionResult;
  error?: CheckoutError;
}
const IDLE: Outcome = { busy: false };
const BUSY: Outcome = { busy: true };

function toStatus({ busy, error, data }: Outcome, redirect?: boolean): CheckoutStatus {
  if (busy) return 'creating';
  if (error) return 'error';
  if (!data) return 'idle';
  return redirect === false ? 'success' : 'redirecting';
}

/** @internal {@link useCreateCheckoutSession} plus what the button needs: `press`, `pressing` and the merged settings. */
export function useCheckoutRun(options: UseCreateCheckoutSessionOptions) {
  const context = useContext(CheckoutContext);
  const settings = mergeDefined<UseCreateCheckoutSessionOptions>(context, options);
  const latest = useLatest({ settings, onError: options.onError, providerOnError: context.onError });
  const inFlight = useRef<InFlight>({});
  const [pressing, setPressing] = useState(false);

  const [outcome, setOutcome] = useState<Outcome>(IDLE);

  const reset = useCallback(() => {
    const state = inFlight.current;
    state.controller?.abort();
    state.press?.cancel();
    state.run = undefined;
    state.press = undefined;
    setPressing(false);
    setOutcome(IDLE);
  }, []);

  const start = useCallback(
    (input: CheckoutSessionInput, clicked?: Promise<boolean>) => {
      const state = inFlight.current;
      if (state.run) return state.run;
      const controller = new AbortController();
      state.controller = controller;
      setOutcome(BUSY);
      // A call that reset() or unmounting discarded meanwhile changes nothing and reports nothing.
      const current = () => state.run === run && !state.unmounted;
      const run: Promise<CheckoutSessionResult | undefined> = runCheckout(input, {
        ...latest.current.settings,
        signal: controller.signal,
        proceed: async () => ((await clicked) ?? true) && !state.unmounted,
      })
        .then(
          (data) => {
            if (current()) setOutcome({ busy: false, data });
            return data;
          },
          (error: CheckoutError) => {
            if (!current()) return undefined;
            setOutcome({ busy: false, error });
            if (error.code !== 'aborted') {
              callSafely(latest.current.onError, error);
              callSafely(latest.current.providerOnError, error);
            }
            return undefined;
          },
        )
        .finally(() => {
          if (state.run === run) state.run = undefined;
        });
      state.run = run;
      return run;
    },
    [latest],
  );

  // A click completes a press in flight, or starts a checkout.
  const createCheckoutSession = useCallback(
    (input: CheckoutSessionInput) => {
      const state = inFlight.current;
      if (state.press) {
        state.press.click();
        state.press = undefined;
        setPressing(false);
      }
      return start(input);
    },
    [start],
  );

  // A press starts the checkout, which goes on only if the click follows.
  const press = useCallback(
    (input: CheckoutSessionInput) => {
      const state = inFlight.current;
      if (state.run) return;
      const gate = waitForClick();
      state.press = gate;
      setPressing(true);
      void gate.clicked.then((clicked) => clicked || state.press !== gate || reset());
      void start(input, gate.clicked);
    },
    [start, reset],
  );

  // Unmounting cancels the checkout: it never navigates afterwards. The abort waits one task, because
  // StrictMode unmounts and remounts every effect once in development — possibly after a first click.
  useEffect(() => {
    const state = inFlight.current;
    clearTimeout(state.abortLater);
    state.unmounted = false;
    return () => {
      state.unmounted = true;
      state.abortLater = setTimeout(() => {
        state.controller?.abort();
        state.press?.cancel();
      });
    };
  }, []);

  const status = toStatus(outcome, settings.redirect);
  const isLoading = status === 'creating' || status === 'redirecting';

  // Back from the hosted checkout through the back/forward cache: a busy checkout starts over.
  useEffect(() => {
    if (!isLoading) return;
    const onPageShow = (event: PageTransitionEvent) => event.persisted && reset();
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [isLoading, reset]);

  const result: UseCreateCheckoutSessionResult = {
    createCheckoutSession,
    status,
    isLoading,
    error: outcome.error,
    data: outcome.data,
    reset,
  };
  return { ...result, press, pressing, settings };
}
