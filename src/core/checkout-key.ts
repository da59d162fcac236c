/**
 * Which checkout a refused form post was for, as the route names it in `checkout_for` and a button
 * recognises itself: the posted `priceId`, else `priceSlug`, else the `type`.
 */
export function checkoutKey(session: { priceId?: unknown; priceSlug?: unknown; type?: unknown }): unknown {
  return session.priceId ?? session.priceSlug ?? session.type;
}
