import { callSafely } from '../core/checkout-events';

/** Listeners are not overridden but chained: the inner layer's hears first, then the outer's. */
const LISTENERS: Record<string, true> = { onError: true, onCheckoutEvent: true };

/**
 * The one place hook options, provider props and defaults meet: later layers win, `undefined` never
 * hides, and `onError` / `onCheckoutEvent` of every layer are called, innermost first, each on its own.
 */
export function mergeDefined<T extends object>(...layers: T[]): T {
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
