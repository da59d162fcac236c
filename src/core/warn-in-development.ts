import type { CheckoutRouteErrorCode } from './checkout-error';
import { isCheckoutError } from './checkout-error';

/** Where to look next, by the route's code: the route tells shoppers little, on purpose. */
const ROUTE_HINTS: Partial<Record<CheckoutRouteErrorCode, string>> = {
  unauthenticated: "the route's getCustomer returned null, and guestCheckout did not allow this checkout",
  forbidden: "the route's authorize returned false",
  forbidden_origin: "this page's origin is not one of the route's appOrigins",
  redirect_not_allowed: 'successUrl / cancelUrl must be on one of the route’s appOrigins',
  invalid_input: 'the route refused the checkout input',
  checkout_rejected: "Flowglad refused this checkout: the route's onError (or server console) has its words",
  upstream_error: 'the route could not use Flowglad: see its onError (or server console)',
  upstream_timeout: 'Flowglad did not answer the route within its timeoutMs',
  internal_error: "the route's own code threw: see its onError (or server console)",
};

/** A GET answered by something else than the route: most often a route that only handles POST. */
const NO_GET_HINT =
  'the route must answer GET as well as POST (the thanks page asks it with GET), and endpoint must be that route. Next.js: export { handler as GET, handler as POST }; Express: app.route(path).get(handler).post(handler)';

/**
 * Development builds log a failed checkout once, so a developer never meets silence, with the issues
 * printed. `process.env.NODE_ENV` is written out because bundlers replace the expression, not the
 * global: `typeof process` would turn it off in every browser. Where nothing replaced it, the
 * ReferenceError is caught. `method` is `'GET'` for the thanks page's read.
 */
export function warnInDevelopment(error: unknown, method?: 'GET'): void {
  try {
    if (process.env.NODE_ENV !== 'production' && isCheckoutError(error) && error.code !== 'aborted') {
      const { code, routeCode, status = 0 } = error;
      let hint = routeCode && ROUTE_HINTS[routeCode];
      const notTheRoute =
        !routeCode && (status === 404 || status === 405 || (code === 'invalid_response' && status < 300));
      if (method === 'GET' && notTheRoute) hint = NO_GET_HINT;
      const issues = (error.issues ?? [])
        .map(({ path, message }) => `\n  - ${path.length ? `${path.join('.')}: ` : ''}${message}`)
        .join('');
      console.warn(
        `[react-flowglad-checkout] ${routeCode ? `${code} (${routeCode})` : code}: ${error.message}${hint ? ` — ${hint}.` : ''}${issues}`,
        error,
      );
    }
  } catch {}
}
