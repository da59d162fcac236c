import { useContext } from 'react';
import { CheckoutContext } from './checkout-provider';
import { mergeDefined } from './merge-defined';
import type { CheckoutProviderOptions } from './types';
import { useLatest } from './use-latest';

/**
 * What a hook runs with: its own options over the nearest provider's (its listeners chained before the
 * provider's), and a ref to the latest of them for what runs after render.
 */
export function useCheckoutSettings<T extends Partial<CheckoutProviderOptions>>(options: T) {
  const settings = mergeDefined<T>(useContext(CheckoutContext) as T, options);
  return { settings, latest: useLatest(settings) };
}
