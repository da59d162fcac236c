import { createContext, type ReactNode, useContext } from 'react';
import { mergeDefined } from '../core/merge-defined';
import type { CheckoutConfig } from '../core/types';

/** Settings shared by every checkout button and hook below a {@link CheckoutProvider}. */
export interface CheckoutProviderOptions extends Omit<CheckoutConfig, 'signal'> {
  /**
   * Goes to the hosted checkout. Replace it for client-side routers, tests or Storybook.
   * @defaultValue `(url) => window.location.assign(url)`
   */
  navigate?: (url: string) => void;
  /**
   * Origin to `<link rel="preconnect">` to when a button is hovered, focused or touched, so the
   * redirect skips DNS and TLS; `false` turns it off.
   * @defaultValue `'https://app.flowglad.com'`
   */
  preconnect?: string | false;
}

/** Props of {@link CheckoutProvider}. */
export interface CheckoutProviderProps extends CheckoutProviderOptions {
  children?: ReactNode;
}

/** @internal The merged settings of the nearest provider (empty without one). */
export const CheckoutContext = createContext<CheckoutProviderOptions>({});

/**
 * Optional: sets the checkout route and friends once for every button and hook below it. Options
 * passed to a hook or button win over the provider's, which win over the defaults. A nested provider
 * inherits what it does not set.
 *
 * @example
 * ```tsx
 * <CheckoutProvider endpoint="/api/checkout-sessions" headers={async () => ({ authorization: await getToken() })}>
 *   <CheckoutButton priceId="price_123">Buy</CheckoutButton>
 * </CheckoutProvider>
 * ```
 */
export function CheckoutProvider({ children, ...options }: CheckoutProviderProps) {
  const parent = useContext(CheckoutContext);
  return (
    <CheckoutContext.Provider value={mergeDefined(parent, options)}>{children}</CheckoutContext.Provider>
  );
}
