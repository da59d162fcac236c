/**
 * `CheckoutProvider`, and how settings reach a hook: its own options over the providers' (listeners
 * chained, innermost first), held in a ref for what runs after render.
 */
import {
  createContext,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
} from 'react';
import { callSafely } from '../core/checkout-events';
import type { CheckoutProviderOptions } from './types';

/** Props of {@link CheckoutProvider}. */
export interface CheckoutProviderProps extends CheckoutProviderOptions {
  children?: ReactNode;
}

/** The merged settings of the nearest provider (empty without one). */
const CheckoutContext = /* @__PURE__ */ createContext<CheckoutProviderOptions>({});

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

/** Listeners are not overridden but chained: the inner layer's hears first, then the outer's. */
const LISTENERS: Record<string, true> = { onError: true, onCheckoutEvent: true };

/**
 * The one place hook options, provider props and defaults meet: later layers win, `undefined` never
 * hides, and `onError` / `onCheckoutEvent` of every layer are called, innermost first, each on its own.
 */
function mergeDefined<T extends object>(...layers: T[]): T {
  const merged: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const key in layer) {
      const value = layer[key];
      const outer = merged[key];
      if (value === undefined) continue;
      merged[key] =
        LISTENERS[key] && typeof outer === 'function'
          ? (heard: unknown) => {
              callSafely(value as (heard: unknown) => void, heard);
              callSafely(outer as (heard: unknown) => void, heard);
            }
          : value;
    }
  }
  return merged as T;
}

// A layout effect runs before the browser can deliver a click; on the server neither runs.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** A ref holding the latest `value`, for callbacks that run later; written after render, never during it. */
function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * What a hook runs with: its own options over the nearest provider's (its listeners chained before the
 * provider's), and a ref to the latest of them for what runs after render.
 */
export function useCheckoutSettings<T extends Partial<CheckoutProviderOptions>>(options: T) {
  const settings = mergeDefined<T>(useContext(CheckoutContext) as T, options);
  return { settings, latest: useLatest(settings) };
}
