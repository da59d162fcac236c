import { isCheckoutError } from './checkout-error';

/**
 * In development builds, logs a failed checkout once with `console.warn`, so a developer never meets
 * silence. `process.env.NODE_ENV` is written out here for bundlers to replace: production builds keep
 * none of this; where nothing replaced it and there is no `process` (an unbundled browser), the
 * ReferenceError is caught and nothing is logged. (`typeof process` would not do: a bundler replaces
 * the expression, not the global, so a development bundle in a browser has no `process` either.)
 */
export function warnInDevelopment(error: unknown): void {
  try {
    if (process.env.NODE_ENV !== 'production' && isCheckoutError(error) && error.code !== 'aborted') {
      const code = error.routeCode ? `${error.code} (${error.routeCode})` : error.code;
      console.warn(`[react-flowglad-checkout] ${code}: ${error.message}`, error);
    }
  } catch {}
}
