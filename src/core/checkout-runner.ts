/**
 * The click's state machine, framework-free: one checkout (create, then navigate, telling its events),
 * and the runner that keeps one in flight per button or hook, lets a press wait for its click, and cancels.
 */
import { CheckoutError } from './checkout-error';
import { type CheckoutListeners, callSafely, emitCheckoutEvent, reportFailure } from './checkout-events';
import { createCheckoutSession } from './create-checkout-session';
import { TOUCH_CLICK_DELAY_MS } from './defaults';
import { warnInDevelopment } from './dev-messages';
import type { CheckoutConfig, CheckoutEvent, CheckoutSessionInput, CheckoutSessionResult } from './types';

/** What to do once the session exists; the hook's options. */
export interface RunCheckoutOptions extends CheckoutConfig {
  redirect?: boolean;
  navigate?: (url: string) => void | Promise<void>;
  onSuccess?: (result: CheckoutSessionResult) => void;
  onRedirect?: (url: string) => void;
  /**
   * Told of `session_created` and `redirecting` as they happen — `redirecting` before an async
   * `navigate` settles, so the button says "Redirecting" meanwhile.
   */
  step?: (event: CheckoutEvent, result: CheckoutSessionResult) => void;
  /**
   * Asked once the call has settled, before anything else happens: `false` drops the outcome as
   * `aborted` (the component unmounted, a press was released off the button). May wait for a click.
   */
  proceed?: () => boolean | Promise<boolean>;
}

/**
 * A throwing `navigate`, or one whose promise rejects, is an error the shopper can retry from; the other
 * callbacks cannot stop the checkout.
 */
async function runCheckout(
  input: CheckoutSessionInput,
  {
    redirect = true,
    navigate = (url) => globalThis.location.assign(url),
    onSuccess,
    onRedirect,
    step = () => {},
    proceed = () => true,
    ...config
  }: RunCheckoutOptions,
): Promise<CheckoutSessionResult> {
  const created = createCheckoutSession(input, config);
  // Its failure is read below, once `proceed` agrees: a press shows its error only after the click.
  await created.catch(() => {});
  if (!(await proceed()) || config.signal?.aborted) {
    throw new CheckoutError('aborted', 'The checkout was cancelled before it could go on.');
  }
  const result = await created;
  callSafely(onSuccess, result);
  step(
    {
      type: 'session_created',
      input,
      checkoutSessionId: result.checkoutSession?.id,
      reused: !!result.reused,
    },
    result,
  );
  if (!redirect) return result;
  callSafely(onRedirect, result.url);
  step({ type: 'redirecting', input, url: result.url }, result);
  try {
    await navigate(result.url);
  } catch (cause) {
    const error = new CheckoutError(
      'navigation_failed',
      `The navigate option failed (${cause}); the shopper is still on this page. Fix navigate, or leave it unset.`,
      { cause },
    );
    warnInDevelopment(error);
    throw error;
  }
  return result;
}

/** A press on the button that waits for its click. */
export interface PressGate {
  /** `true` once {@link PressGate.click} is called; `false` when the pointer is released and no click follows, or on `cancel`. */
  clicked: Promise<boolean>;
  click: () => void;
  cancel: () => void;
}

/**
 * A press goes on only if its click follows: a mouse's comes in the same task as `pointerup`, a touch's
 * a little later; a press released off the element or taken over by scrolling has none.
 */
function waitForClick(): PressGate {
  let settle: (clicked: boolean) => void = () => {};
  const clicked = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  const cancel = () => settle(false);
  const onRelease = (event: PointerEvent) =>
    setTimeout(cancel, event.pointerType === 'mouse' ? 0 : TOUCH_CLICK_DELAY_MS);
  addEventListener('pointerup', onRelease, true);
  addEventListener('pointercancel', cancel, true);
  void clicked.then(() => {
    removeEventListener('pointerup', onRelease, true);
    removeEventListener('pointercancel', cancel, true);
  });
  return { clicked, click: () => settle(true), cancel };
}

/** Where the current checkout stands: one state at a time, the data or error only where they exist. */
export type CheckoutOutcome =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; data: CheckoutSessionResult }
  | { state: 'failed'; error: CheckoutError };

export const IDLE: CheckoutOutcome = { state: 'idle' };
const BUSY: CheckoutOutcome = { state: 'busy' };

/** The options of the latest render (listeners chained): a checkout reads them when it starts and at each step. */
export type RunnerOptions = CheckoutListeners & Omit<RunCheckoutOptions, 'signal' | 'proceed' | 'step'>;

/** Where the runner reads the latest options and sends what to render (a React ref and state setters). */
export interface RunnerHost {
  options: { readonly current: RunnerOptions };
  setOutcome: (outcome: CheckoutOutcome) => void;
  setPressing: (pressing: boolean) => void;
}

/**
 * One checkout, told to the host — its outcome, `onError` and its events — for as long as `live()`
 * says it still counts (not reset, not unmounted, not replaced).
 */
function track(
  input: CheckoutSessionInput,
  { options, setOutcome }: RunnerHost,
  live: () => boolean,
  run: Pick<RunCheckoutOptions, 'signal' | 'proceed'>,
  clicked?: Promise<boolean>,
): Promise<CheckoutSessionResult | undefined> {
  const emit = (event: CheckoutEvent) => live() && emitCheckoutEvent(options.current, event);
  const checkout = runCheckout(input, {
    ...options.current,
    ...run,
    step: (event, data) => {
      if (event.type === 'redirecting' && live()) setOutcome({ state: 'done', data });
      emit(event);
    },
  }).then(
    (data) => {
      if (live()) setOutcome({ state: 'done', data });
      return data;
    },
    (error: CheckoutError) => {
      if (!live()) return undefined;
      setOutcome({ state: 'failed', error });
      reportFailure(options.current, error);
      if (error.code !== 'aborted') emit({ type: 'failed', input, error });
      return undefined;
    },
  );
  // A press is a checkout only once its click comes: one released off the button says nothing.
  const started = () => emit({ type: 'started', input });
  if (clicked) void clicked.then((go) => go && started());
  else started();
  return checkout;
}

/**
 * The checkouts of one button or hook, framework-free: one in flight at a time, a press waiting for
 * its click, cancelling (reset, unmount). The React hook only holds what it renders.
 */
export function createCheckoutRunner(host: RunnerHost) {
  const { options, setOutcome, setPressing } = host;
  let inFlight: Promise<CheckoutSessionResult | undefined> | undefined;
  // The checkout that still counts, by its controller: reset() discards it, and nothing it does is shown.
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
    inFlight = controller = waiting = undefined;
    setPressing(false);
    setOutcome(IDLE);
  };

  const start = (input: CheckoutSessionInput, clicked?: Promise<boolean>) => {
    if (inFlight) return inFlight;
    const mine = new AbortController();
    controller = mine;
    setOutcome(BUSY);
    const live = () => controller === mine && !unmounted;
    const proceed = async () => ((await clicked) ?? true) && !unmounted;
    const run = track(input, host, live, { signal: mine.signal, proceed }, clicked).finally(() => {
      if (controller === mine) inFlight = undefined;
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
    /** A refusal learnt another way (a form post sent back): shown and reported as this checkout's error. */
    refused(error: CheckoutError) {
      if (inFlight) return;
      setOutcome({ state: 'failed', error });
      reportFailure(options.current, error);
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
