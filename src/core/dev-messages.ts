/**
 * Everything the client tells a developer on the console: development builds log each failed checkout
 * (a developer never meets silence) and a missing `successUrl`. `process.env.NODE_ENV` is written out
 * at each use because bundlers replace the expression, not the global, and then drop what only
 * development builds say: `typeof process` would turn it off in every browser. Where nothing replaced
 * it (an unbundled copy), the ReferenceError is caught and the code reads as production.
 */
import { type CheckoutError, type CheckoutRouteErrorCode, isCheckoutError } from './checkout-error';
import type { CheckoutSessionInput } from './types';

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

/** A failed checkout, once, with its issues and a hint; `method` is `'GET'` for the thanks page's read. */
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

/** Pages already told that a checkout without `successUrl` comes back to them. */
const toldNoSuccessUrl = /* @__PURE__ */ new Set<string>();

/** A checkout without `successUrl` comes back to this very page, which does not say whether the shopper paid. */
export function noteMissingSuccessUrl(page: Location | undefined, input: CheckoutSessionInput): void {
  try {
    if (process.env.NODE_ENV !== 'production' && page && input.successUrl === undefined) {
      if (!toldNoSuccessUrl.has(page.href)) {
        toldNoSuccessUrl.add(page.href);
        console.info(
          `[react-flowglad-checkout] No successUrl: after paying, the shopper comes back to this page (${page.href}), and nothing on it says whether they paid. For a thanks page, pass successUrl="/thanks" (any page of your shop) and show useCheckoutSession()'s status there.`,
        );
      }
    }
  } catch {}
}

/**
 * A plain-http redirect refused by a production build: only a developer meets it (a production build
 * against the local stand-in), so production builds say it too; development builds warn of every
 * failure anyway.
 */
export function warnPlainHttpRedirect(error: CheckoutError, url: string): void {
  let production = true;
  try {
    production = process.env.NODE_ENV === 'production';
  } catch {}
  if (production && /^http:/i.test(url)) {
    console.warn(
      `[react-flowglad-checkout] unsafe_redirect: ${error.message} Plain http on localhost (a local Flowglad stand-in) is allowed in development builds only.`,
    );
  }
}
