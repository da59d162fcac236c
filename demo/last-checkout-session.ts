import type { CheckoutSessionResult } from '../src/index';

const KEY = 'demo-store:checkout-session';

/**
 * The tab's last checkout session, kept in `sessionStorage` just before the redirect, so the success
 * and cancel pages know which session to show (the hosted page returns to a fixed URL).
 *
 * @example
 * ```tsx
 * <CheckoutButton onSuccess={lastCheckoutSession.remember} … />
 * const id = lastCheckoutSession.id();
 * ```
 */
export const lastCheckoutSession = {
  remember(result: CheckoutSessionResult): void {
    if (result.checkoutSession?.id) sessionStorage.setItem(KEY, result.checkoutSession.id);
  },
  id: (): string | null => sessionStorage.getItem(KEY),
};
