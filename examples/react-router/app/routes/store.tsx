import { CheckoutButton, CheckoutProvider } from 'react-flowglad-checkout';
import { data, Form } from 'react-router';
import { currentShopper, signInCookie } from '../shopper.server';
import type { Route } from './+types/store';

export function loader({ request }: Route.LoaderArgs) {
  return {
    shopper: currentShopper(request),
    // The hosted checkout lives on the Flowglad origin the route talks to (an http://127.0.0.1
    // stand-in in development): the one origin the button may send the shopper to.
    flowglad: new URL(process.env.FLOWGLAD_BASE_URL ?? 'https://app.flowglad.com').origin,
  };
}

/** A demo sign-in: sets the shopper cookie the checkout route reads. */
export function action() {
  return data(null, { headers: { 'Set-Cookie': signInCookie('shopper_demo') } });
}

export default function Store({ loaderData }: Route.ComponentProps) {
  const { shopper, flowglad } = loaderData;
  return (
    <main>
      <h1>Stand-in Store</h1>
      <p>The classic T-shirt — $25.00</p>
      {shopper ? (
        <p>Signed in as {shopper}</p>
      ) : (
        <Form method="post">
          <button type="submit">Sign in as a demo shopper</button>
        </Form>
      )}
      <CheckoutProvider allowedRedirectOrigins={[flowglad]}>
        <CheckoutButton priceSlug="tshirt" successUrl="/thanks" cancelUrl="/">
          Buy the T-shirt
        </CheckoutButton>
      </CheckoutProvider>
    </main>
  );
}
