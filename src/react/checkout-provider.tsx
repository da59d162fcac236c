import { createContext, type ReactNode, useContext } from 'react';
import { mergeDefined } from './merge-defined';
import type { CheckoutProviderOptions } from './types';

/** Props of {@link CheckoutProvider}. */
export interface CheckoutProviderProps extends CheckoutProviderOptions {
  children?: ReactNode;
}

/** @internal The merged settings of the nearest provider (empty without one). */
export const CheckoutContext = /* @__PURE__ */ createContext<CheckoutProviderOptions>({});

/**
 * Optional: sets the checkout route and friends once for every button and hook below it. Options
 * passed to a hook or button win over the provider's, which win over the defaults. A nested provider
 * inherits what it does not set; `onError` and `onCheckoutEvent` are called on every provider up the tree.
 *
 * @example
 * ```tsx
 * <CheckoutProvider endpoint="/api/checkout-sessions" onError={(error) => logger.warn(error)}>
 *   <CheckoutButton priceId="price_123">Buy</CheckoutButton>
 * </CheckoutProvider>
 * ```
 */
export function CheckoutProvider({ children, ...options }: CheckoutProviderProps) {
  const parent = useContext(CheckoutContext);
  // Its listeners are chained before the ones up the tree (mergeDefined).
  const value = mergeDefined(parent, options);
  return <CheckoutContext.Provider value={value}>{children}</CheckoutContext.Provider>;
}
