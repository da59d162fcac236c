import { CheckoutError } from './checkout-error';
import { checkoutKey } from './checkout-key';
import { CHECKOUT_ROUTE_ERROR_CODES } from './checkout-route-error-codes';
import type { CheckoutRouteErrorCode } from './types';
import { warnInDevelopment } from './warn-in-development';

/**
 * The error of a form post the route refused and sent back to this page with
 * `?checkout_error=<code>&checkout_for=<key>`, when the key names `session` (or is absent: the post
 * could not be read). The shopper sentence comes from the code alone, never from the URL; an unknown
 * code is ignored.
 */
export async function readRefusedFormPost(session: object): Promise<CheckoutError | undefined> {
  const marker = new URLSearchParams(location.search);
  const routeCode = marker.get('checkout_error') as CheckoutRouteErrorCode;
  const key = marker.get('checkout_for');
  if (!CHECKOUT_ROUTE_ERROR_CODES.includes(routeCode) || (key !== null && key !== checkoutKey(session)))
    return;
  const { takeRefusalSentence } = await import('./take-refusal-sentence');
  const error = new CheckoutError('http', takeRefusalSentence(routeCode), { routeCode });
  warnInDevelopment(error);
  return error;
}
