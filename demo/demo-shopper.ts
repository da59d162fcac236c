import type { CheckoutCustomer } from '../src/server';

/**
 * Who pays in the demo: one fixed shopper, decided on the server (a real shop reads its session
 * cookie here). The browser never says who pays.
 *
 * @example
 * ```ts
 * createCheckoutSessionHandler({ getCustomer: () => DEMO_SHOPPER });
 * ```
 */
export const DEMO_SHOPPER: CheckoutCustomer = {
  externalId: 'demo-shopper',
  name: 'Demo Shopper',
  email: 'shopper@example.com',
};
