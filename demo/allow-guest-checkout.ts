import type { CheckoutSessionBody } from '../src/index';
import { DEMO_CATALOG } from './catalog';

/**
 * The checkout route's `guestCheckout`: a shopper who is not signed in may buy the one-off products
 * (T-shirt, mug) as a guest; the Pro plan, a subscription, needs an account (the route answers 401
 * and the button asks them to sign in).
 *
 * @example
 * ```ts
 * createCheckoutSessionHandler({ getCustomer: getDemoShopper, guestCheckout: allowGuestCheckout });
 * ```
 */
export function allowGuestCheckout(_request: Request, input: CheckoutSessionBody): boolean {
  if (input.type !== 'product' || !input.priceSlug) return false;
  const product = DEMO_CATALOG.find((candidate) => candidate.slug === input.priceSlug);
  return product !== undefined && product.interval === undefined;
}
