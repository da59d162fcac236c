import 'server-only';
import { createCheckoutSessionHandler } from 'react-flowglad-checkout/server';
import { shopperFromCookieHeader } from './shopper';

/** The store's public origin. Behind `next start`, Next.js hands route handlers a request.url on localhost. */
export const SHOP_ORIGIN = process.env.SHOP_ORIGIN ?? 'http://localhost:3000';

/**
 * The checkout handler, shared by the App Router route (`app/api/checkout-sessions/route.ts`), the
 * Pages Router one (`pages/api/pages-router/checkout-sessions.ts`), the Server Action
 * (`app/buy-action.ts`) and the thanks page. The secret key comes from `FLOWGLAD_SECRET_KEY`, Flowglad's
 * origin from `FLOWGLAD_BASE_URL` (default https://app.flowglad.com); who pays comes from the session
 * cookie, never from the request body. Nobody signed in → 401, shown by the button.
 */
export const checkout = createCheckoutSessionHandler({
  getCustomer(request) {
    const shopper = shopperFromCookieHeader(request.headers.get('cookie'));
    return shopper ? { externalId: shopper, name: shopper, email: `${shopper}@example.com` } : null;
  },
  // The pages that may call this route and where successUrl / cancelUrl may point. Required in
  // production (`next build` included), and it cannot be guessed behind `next start`.
  appOrigins: [SHOP_ORIGIN],
});
