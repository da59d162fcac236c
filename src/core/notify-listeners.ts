import { callSafely } from './call-safely';
import type { CheckoutError } from './checkout-error';
import type { CheckoutEvent } from './types';

/** Who hears of a checkout: the hook's or button's own listeners, then the provider's. */
export interface CheckoutListeners {
  onError?: (error: CheckoutError) => void;
  providerOnError?: (error: CheckoutError) => void;
  onCheckoutEvent?: (event: CheckoutEvent) => void;
  providerOnCheckoutEvent?: (event: CheckoutEvent) => void;
}

/** Tells both listeners of a step, each on its own (what they throw or reject with is reported). */
export function emitCheckoutEvent(listeners: CheckoutListeners, event: CheckoutEvent): void {
  callSafely(listeners.onCheckoutEvent, event);
  callSafely(listeners.providerOnCheckoutEvent, event);
}

/** Tells both listeners of a failure, each on its own; a cancellation is none. */
export function reportFailure(listeners: CheckoutListeners, error: CheckoutError): void {
  if (error.code === 'aborted') return;
  callSafely(listeners.onError, error);
  callSafely(listeners.providerOnError, error);
}
