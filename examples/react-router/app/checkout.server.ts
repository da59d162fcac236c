import { createCheckoutSessionHandler } from 'react-flowglad-checkout/server';
import { currentShopper } from './shopper.server';

/**
 * The checkout route's handler, shared by the resource route (`/api/checkout-sessions`) and the thanks
 * page's loader. The secret key comes from `FLOWGLAD_SECRET_KEY`, Flowglad's origin from
 * `FLOWGLAD_BASE_URL` (default https://app.flowglad.com); who pays comes from the session cookie, never
 * from the request body.
 */
export const checkout = createCheckoutSessionHandler({
  getCustomer(request) {
    const shopper = currentShopper(request);
    return shopper ? { externalId: shopper, name: shopper, email: `${shopper}@example.com` } : null;
  },
  // The store's public origin: the pages that may call the route and where shoppers may return to.
  appOrigins: [process.env.SHOP_ORIGIN ?? 'http://localhost:5173'],
});
