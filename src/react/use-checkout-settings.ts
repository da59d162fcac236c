import { useContext } from 'react';
import type { CheckoutError } from '../core/checkout-error';
import { CheckoutContext } from './checkout-provider';
import { mergeDefined } from './merge-defined';
import type { CheckoutProviderOptions } from './types';
import { useLatest } from './use-latest';

/**
 * What a hook runs with: its own options over the nearest provider's, and a ref to the latest of
 * them — with the hook's and the provider's `onError` — for what runs after render.
 */
export function useCheckoutSettings<T extends Partial<CheckoutProviderOptions>>(options: T) {
  const context = useContext(CheckoutContext);
  const settings = mergeDefined<T>(context as T, options);
  const latest = useLatest<{
    settings: T;
    onError?: (error: CheckoutError) => void;
    providerOnError?: (error: CheckoutError) => void;
  }>({ settings, onError: options.onError, providerOnError: context.onError });
  return { settings, latest };
}
