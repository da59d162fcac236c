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
 * Development builds log a failed checkout once, so a developer never meets silence. `process.env.NODE_ENV`
 * is written out because bundlers replace the expression, not the global: `typeof process` would turn
 * it off in every browser. Where nothing replaced it, the ReferenceError is caught.
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
