/**
 * Who hears of a checkout (`onError`, `onCheckoutEvent`), and how what a listener throws stays out of
 * the checkout's way.
 */
import type { CheckoutError } from './checkout-error';
import type { CheckoutEvent } from './types';

/**
 * An integrator's callback never gets in the checkout's way: what it throws, or the promise it returns
 * rejects with, is reported (`reportError`, else `console.error`), never rethrown nor left unhandled.
 */
export function callSafely<T>(callback: ((value: T) => unknown) | undefined, value: T): void {
  const report = (error: unknown) => (globalThis.reportError ?? console.error)(error);
  try {
    Promise.resolve(callback?.(value)).catch(report);
  } catch (error) {
    report(error);
  }
}

/** Who hears of a checkout: the hook's or button's listeners, chained with the providers'. */
export interface CheckoutListeners {
  onError?: (error: CheckoutError) => void;
  onCheckoutEvent?: (event: CheckoutEvent) => void;
}

/** What a listener throws or rejects with is reported, never in the way. */
export function emitCheckoutEvent(listeners: CheckoutListeners, event: CheckoutEvent): void {
  callSafely(listeners.onCheckoutEvent, event);
}

/** A failure is told to `onError`; a cancellation is none. */
export function reportFailure(listeners: CheckoutListeners, error: CheckoutError): void {
  if (error.code !== 'aborted') callSafely(listeners.onError, error);
}
