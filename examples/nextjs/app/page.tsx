import { cookies } from 'next/headers';
import { CheckoutButton, CheckoutProvider } from 'react-flowglad-checkout';
import { currentShopper, SHOPPER_COOKIE } from './shopper';

/** A demo sign-in: sets the shopper cookie the checkout route reads. */
async function signIn() {
  'use server';
  (await cookies()).set(SHOPPER_COOKIE, 'shopper_demo', { httpOnly: true, sameSite: 'lax', path: '/' });
}

/**
 * The store: a server component that renders the client `CheckoutButton`. The hosted checkout lives on
 * the Flowglad origin the route talks to (`FLOWGLAD_BASE_URL`, read per request), so that origin — an
 * http://127.0.0.1 stand-in in development — is the one the button may redirect to.
 */
export default async function StorePage() {
  const shopper = await currentShopper();
  const flowglad = new URL(process.env.FLOWGLAD_BASE_URL ?? 'https://app.flowglad.com').origin;
  return (
    <main>
      <h1>Stand-in Store</h1>
      <p>The classic T-shirt — $25.00</p>
      {shopper ? (
        <p>Signed in as {shopper}</p>
      ) : (
        <form action={signIn}>
          <button type="submit">Sign in as a demo shopper</button>
        </form>
      )}
      <CheckoutProvider allowedRedirectOrigins={[flowglad]} preconnect={flowglad}>
        <CheckoutButton priceSlug="tshirt" successUrl="/success" cancelUrl="/">
          Buy the T-shirt
        </CheckoutButton>
      </CheckoutProvider>
    </main>
  );
}
