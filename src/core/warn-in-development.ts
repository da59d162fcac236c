import { isCheckoutError } from './checkout-error';
import type { CheckoutRouteErrorCode } from './types';

/** Where to look next, by the route's code: the route tells shoppers little, on purpose. */
const ROUTE_HINTS: Partial<Record<CheckoutRouteErrorCode, string>> = {
  unauthenticated: "the route's getCustomer returned null, and guestCheckout did not allow this checkout",
  forbidden: "the route's authorize returned false",
  forbidden_origin: "this page's origin is not one of the route's appOrigins",
  redirect_not_allowed: 'successUrl / cancelUrl must be on one of the route’s appOrigins (see error.issues)',
  invalid_input: 'see error.issues',
  checkout_rejected: "Flowglad refused this checkout: the route's onError (or server console) has its words",
  upstream_error: 'the route could not use Flowglad: see its onError (or server console)',
  upstream_timeout: 'Flowglad did not answer the route within its timeoutMs',
  internal_error: "the route's own code threw: see its onError (or server console)",
};

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
      const hint = error.routeCode && ROUTE_HINTS[error.routeCode];
      console.warn(`[react-flowglad-checkout] ${code}: ${error.message}${hint ? ` — ${hint}.` : ''}`, error);
    }
  } catch {}
}
