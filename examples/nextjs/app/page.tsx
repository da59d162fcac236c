import { cookies } from 'next/headers';
import { CheckoutButton, CheckoutProvider } from 'react-flowglad-checkout';
import { buyWithServerAction } from './buy-action';
import { currentShopper, SHOPPER_COOKIE } from './shopper';

/** A demo sign-in: sets the shopper cookie the checkout route reads. */
async function signIn() {
  'use server';
  (await cookies()).set(SHOPPER_COOKIE, 'shopper_demo', { httpOnly: true, sameSite: 'lax', path: '/' });
}

/** What the Server Action's refusals say to the shopper (the route's code is in the URL). */
const REFUSALS: Record<string, string> = {
  unauthenticated: 'Please sign in to buy.',
};

/**
 * The store: a server component. `CheckoutButton` is a client component; the hosted checkout lives on
 * the Flowglad origin the route talks to (`FLOWGLAD_BASE_URL`, read per request), so that origin — an
 * http://127.0.0.1 stand-in in development — is the one the button may redirect to. Below it, the same
 * purchase as a Server Action form.
 */
export default async function StorePage({
  searchParams,
}: {
  searchParams: Promise<{ checkout_error?: string }>;
}) {
  const shopper = await currentShopper();
  const { checkout_error: refused } = await searchParams;
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
        <CheckoutButton priceSlug="tshirt" successUrl="/thanks" cancelUrl="/">
          Buy the T-shirt
        </CheckoutButton>
      </CheckoutProvider>

      <h2>Or with a Server Action</h2>
      <form action={buyWithServerAction}>
        <label>
          Quantity <input name="quantity" type="number" min={1} max={10} defaultValue={1} />
        </label>{' '}
        <button type="submit">Buy with a Server Action</button>
      </form>
      {refused && (
        <p role="alert">{REFUSALS[refused] ?? 'We could not start the checkout. Please try again.'}</p>
      )}
    </main>
  );
}
