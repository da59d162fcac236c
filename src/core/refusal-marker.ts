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
