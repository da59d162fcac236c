/**
 * A form post the route refused comes back to its page with a marker: how the route writes it (its
 * names, the checkout's key) and how the button reads it.
 */
import { CHECKOUT_ROUTE_ERROR_CODES, CheckoutError, type CheckoutRouteErrorCode } from './checkout-error';
import { warnInDevelopment } from './dev-messages';
import { isObject } from './is-object';

/** The query parameters a refused form post carries back to its page, for the button to read. */
export const REFUSAL_MARKER = { error: 'checkout_error', for: 'checkout_for' } as const;

/**
 * What `checkout_for` names, as the route writes it and a button recognises itself: the posted
 * `priceId`, else `priceSlug`, else `type` (the first that is a string; at most 200 characters).
 */
export function checkoutKey(session: unknown): string | undefined {
  if (!isObject(session)) return undefined;
  const key = [session.priceId, session.priceSlug, session.type].find((value) => typeof value === 'string');
  return typeof key === 'string' && key ? key.slice(0, 200) : undefined;
}

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
