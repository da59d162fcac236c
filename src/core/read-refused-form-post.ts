import type { CheckoutRouteErrorCode } from './checkout-error';
import { CHECKOUT_ROUTE_ERROR_CODES, CheckoutError } from './checkout-error';
import { checkoutKey, REFUSAL_MARKER } from './refusal-marker';
import { warnInDevelopment } from './warn-in-development';

/**
 * The error of a form post the route refused and sent back to this page with its marker, when the
 * marker names `session` (or no checkout: the post could not be read). The shopper sentence comes from
 * the code alone, never from the URL; an unknown code is ignored.
 */
export async function readRefusedFormPost(session: object): Promise<CheckoutError | undefined> {
  const marker = new URLSearchParams(location.search);
  const routeCode = marker.get(REFUSAL_MARKER.error) as CheckoutRouteErrorCode;
  const key = marker.get(REFUSAL_MARKER.for);
  if (!CHECKOUT_ROUTE_ERROR_CODES.includes(routeCode) || (key !== null && key !== checkoutKey(session)))
    return;
  const { takeRefusalSentence } = await import('./take-refusal-sentence');
  const error = new CheckoutError('http', takeRefusalSentence(routeCode, REFUSAL_MARKER), { routeCode });
  warnInDevelopment(error);
  return error;
}
