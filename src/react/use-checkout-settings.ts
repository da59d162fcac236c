import { useContext } from 'react';
import type { CheckoutListeners } from '../core/notify-listeners';
import { CheckoutContext } from './checkout-provider';
import { mergeDefined } from './merge-defined';
import type { CheckoutProviderOptions } from './types';
import { useLatest } from './use-latest';

/**
 * What a hook runs with: its own options over the nearest provider's, and a ref to the latest of
 * them — with the hook's and the provider's listeners apart — for what runs after render.
 */
export function useCheckoutSettings<T extends Partial<CheckoutProviderOptions>>(options: T) {
  const context = useContext(CheckoutContext);
  const settings = mergeDefined<T>(context as T, options);
  const latest = useLatest<CheckoutListeners & { settings: T }>({
    settings,
    onError: options.onError,
    providerOnError: context.onError,
    onCheckoutEvent: options.onCheckoutEvent,
    providerOnCheckoutEvent: context.onCheckoutEvent,
  });
  return { settings, latest };
}
