import { createCheckoutSessionHandler } from 'react-flowglad-checkout/server';
import { currentShopper } from '../../shopper';

/**
 * The route `CheckoutButton` posts to (POST creates the checkout) and a thanks page asks how it went
 * (GET, `useCheckoutSession`). The secret key comes from `FLOWGLAD_SECRET_KEY` and the Flowglad
 * origin from `FLOWGLAD_BASE_URL` (default https://app.flowglad.com); who pays comes from the session
 * cookie, never from the request body. Nobody signed in → 401, shown by the button.
 */
const handler = createCheckoutSessionHandler({
  async getCustomer() {
    const shopper = await currentShopper();
    return shopper ? { externalId: shopper, name: shopper, email: `${shopper}@example.com` } : null;
  },
  // The store's public origin: the pages that may call this route and where successUrl / cancelUrl may
  // point. Required in production (`next build` included); behind `next start`, Next.js hands route
  // handlers a request.url on localhost whatever host the shopper used, so it cannot be guessed.
  appOrigins: [process.env.SHOP_ORIGIN ?? 'http://localhost:3000'],
});

export { handler as GET, handler as POST };
