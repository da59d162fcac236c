import { callSafely } from './call-safely';
import type { CheckoutError } from './checkout-error';

/** Who hears of a failed checkout: the hook's or button's own `onError`, then the provider's. */
export interface FailureListeners {
  onError?: (error: CheckoutError) => void;
  providerOnError?: (error: CheckoutError) => void;
}

/** Tells both listeners of a failure, each on its own (what they throw is reported); a cancellation is none. */
export function reportFailure(listeners: FailureListeners, error: CheckoutError): void {
  if (error.code === 'aborted') return;
  callSafely(listeners.onError, error);
  callSafely(listeners.providerOnError, error);
}
