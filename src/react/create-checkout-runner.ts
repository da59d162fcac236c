import type { RefObject } from 'react';
import { callSafely } from '../core/call-safely';
import type { CheckoutError } from '../core/checkout-error';
import { runCheckout } from '../core/run-checkout';
import type { CheckoutSessionInput, CheckoutSessionResult } from '../core/types';
import type { UseCreateCheckoutSessionOptions } from './types';
import { type PressGate, waitForClick } from './wait-for-click';

/** The current checkout's outcome, as the hook renders it. */
export interface Outcome {
  busy: boolean;
  data?: CheckoutSessionResult;
  error?: CheckoutError;
}
export const IDLE: Outcome = { busy: false };
const BUSY: Outcome = { busy: true };

/** The options of the latest render: a checkout reads them when it starts and when it fails. */
export interface RunnerOptions {
  settings: UseCreateCheckoutSessionOptions;
  onError?: (error: CheckoutError) => void;
  providerOnError?: (error: CheckoutError) => void;
}

/** Where the runner reads the latest options and sends what to render: the hook's ref and state setters. */
export interface RunnerHost {
  options: RefObject<RunnerOptions>;
  setOutcome: (outcome: Outcome) => void;
  setPressing: (pressing: boolean) => void;
}

/** Tells the hook's and the provider's `onError` of a failure (a cancellation is none). */
function reportFailure(options: RunnerOptions, error: CheckoutError) {
  if (error.code === 'aborted') return;
  callSafely(options.onError, error);
  callSafely(options.providerOnError, error);
}

/** The hook's checkouts, kept out of React: one in flight, a press waiting for its click, and cancelling. */
export function createCheckoutRunner({ options, setOutcome, setPressing }: RunnerHost) {
  let inFlight: Promise<CheckoutSessionResult | undefined> | undefined;
  let controller: AbortController | undefined;
  let waiting: PressGate | undefined;
  let unmounted = false;
  let abortLater: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    controller?.abort();
    waiting?.cancel();
  };
  const reset = () => {
    cancel();
    inFlight = undefined;
    waiting = undefined;
    setPressing(false);
    setOutcome(IDLE);
  };

  const start = (input: CheckoutSessionInput, clicked?: Promise<boolean>) => {
    if (inFlight) return inFlight;
    controller = new AbortController();
    setOutcome(BUSY);
    // A call that reset() or unmounting discarded meanwhile changes nothing and reports nothing.
    const current = () => inFlight === run && !unmounted;
    const run: Promise<CheckoutSessionResult | undefined> = runCheckout(input, {
      ...options.current.settings,
      signal: controller.signal,
      proceed: async () => ((await clicked) ?? true) && !unmounted,
    })
      .then(
        (data) => {
          if (current()) setOutcome({ busy: false, data });
          return data;
        },
        (error: CheckoutError) => {
          if (!current()) return undefined;
          setOutcome({ busy: false, error });
          reportFailure(options.current, error);
          return undefined;
        },
      )
      .finally(() => {
        if (inFlight === run) inFlight = undefined;
      });
    inFlight = run;
    return run;
  };

  return {
    reset,
    /** A click completes a press in flight, or starts a checkout. */
    createCheckoutSession(input: CheckoutSessionInput) {
      if (waiting) {
        waiting.click();
        waiting = undefined;
        setPressing(false);
      }
      return start(input);
    },
    /** A press starts the checkout, which goes on only if the click follows. */
    press(input: CheckoutSessionInput) {
      if (inFlight) return;
      const gate = waitForClick();
      waiting = gate;
      setPressing(true);
      void gate.clicked.then((clicked) => clicked || waiting !== gate || reset());
      void start(input, gate.clicked);
    },
    /** For an effect: after unmounting, one task later, the checkout is cancelled. */
    mount() {
      clearTimeout(abortLater);
      unmounted = false;
      return () => {
        unmounted = true;
        abortLater = setTimeout(cancel);
      };
    },
  };
}
