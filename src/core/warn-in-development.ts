import { isCheckoutError } from './checkout-error';

/**
 * In development builds, logs a failed checkout once with `console.warn`, so a developer never meets
 * silence. The check is written out here (not imported) so that bundlers, which replace
 * `process.env.NODE_ENV`, drop the whole body from production builds; without `process` at all (an
 * unbundled browser) it stays quiet.
 */
export function warnInDevelopment(error: unknown): void {
  if (
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production' &&
    isCheckoutError(error) &&
    error.code !== 'aborted'
  ) {
    const code = error.routeCode ? `${error.code} (${error.routeCode})` : error.code;
    console.warn(`[react-flowglad-checkout] ${code}: ${error.message}`, error);
  }
}
