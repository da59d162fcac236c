import type { CheckoutCustomer } from '../src/server';
import { DEMO_SHOPPER } from './demo-shopper';

/** The demo's sign-in cookie: HttpOnly, so only the server reads it, as a real shop's session cookie. */
export const DEMO_SESSION_COOKIE = 'demo_session';

/**
 * Who is signed in, read from the request's cookie on the server (never from the body): the demo
 * shopper, or `null` for a guest. The checkout route's `getCustomer`.
 *
 * @example
 * ```ts
 * createCheckoutSessionHandler({ getCustomer: getDemoShopper, guestCheckout: allowGuestCheckout });
 * ```
 */
export function getDemoShopper(request: Request): CheckoutCustomer | null {
  const cookies = (request.headers.get('cookie') ?? '').split(';').map((part) => part.trim());
  return cookies.includes(`${DEMO_SESSION_COOKIE}=${DEMO_SHOPPER.externalId}`) ? DEMO_SHOPPER : null;
}
