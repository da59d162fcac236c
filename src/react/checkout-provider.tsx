import { createContext, type ReactNode, useContext } from 'react';
import { callSafely } from '../core/call-safely';
import type { CheckoutError } from '../core/checkout-error';
import { mergeDefined } from '../core/merge-defined';
import type { CheckoutConfig } from '../core/types';

/** Settings shared by every checkout button and hook below a {@link CheckoutProvider}. */
export interface CheckoutProviderOptions extends Omit<CheckoutConfig, 'signal'> {
  /**
   * Goes to the hosted checkout. Replace it for client-side routers, tests or Storybook. If it
   * throws, the checkout ends in a `navigation_failed` error and the button is usable again.
   * @defaultValue `(url) => window.location.assign(url)`
   */
  navigate?: (url: string) => void;
  /**
   * Origin to `<link rel="preconnect">` to when a button is hovered, focused or touched, so the
   * redirect skips DNS and TLS; `false` turns it off.
   * @defaultValue `'https://app.flowglad.com'`
   */
  preconnect?: string | false;
  /**
   * When a {@link CheckoutButton} starts creating the session: on `'click'`, or already on
   * `'pointerdown'` (a primary-button press or a touch), so the session is ready, or nearly, when the
   * click arrives; a press released off the button cancels it. Keyboard activation starts on click.
   * A press released off the button may leave an unused open session at Flowglad, which expires.
   * @defaultValue `'click'`
   */
  startOn?: 'click' | 'pointerdown';
  /**
   * Called once with every checkout error (not cancellations), after the hook's or button's own
   * `onError` — here, below this provider, for logging them all in one place. Nested providers each
   * get the error, innermost first.
   */
  onError?: (error: CheckoutError) => void;
}

/** Props of {@link CheckoutProvider}. */
export interface CheckoutProviderProps extends CheckoutProviderOptions {
  children?: ReactNode;
}

/** @internal The merged settings of the nearest provider (empty without one). */
export const CheckoutContext = /* @__PURE__ */ createContext<CheckoutProviderOptions>({});

/**
 * Optional: sets the checkout route and friends once for every button and hook below it. Options
 * passed to a hook or button win over the provider's, which win over the defaults. A nested provider
 * inherits what it does not set; `onError` is called on every provider up the tree.
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
  const value = mergeDefined(parent, options);
  const { onError } = options;
  const parentOnError = parent.onError;
  if (onError && parentOnError) {
    value.onError = (error) => {
      callSafely(onError, error);
      callSafely(parentOnError, error);
    };
  }
  return <CheckoutContext.Provider value={value}>{children}</CheckoutContext.Provider>;
}
