import { createFileRoute, useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { CheckoutButton, CheckoutProvider } from 'react-flowglad-checkout';
import { getStore, signIn } from '../store.functions';

export const Route = createFileRoute('/')({
  loader: () => getStore(),
  component: Store,
});

function Store() {
  const { shopper, flowglad } = Route.useLoaderData();
  const router = useRouter();
  const signInFn = useServerFn(signIn);
  return (
    <main>
      <h1>Stand-in Store</h1>
      <p>The classic T-shirt — $25.00</p>
      {shopper ? (
        <p>Signed in as {shopper}</p>
      ) : (
        <button
          type="button"
          onClick={async () => {
            await signInFn();
            await router.invalidate();
          }}
        >
          Sign in as a demo shopper
        </button>
      )}
      <CheckoutProvider allowedRedirectOrigins={[flowglad]}>
        <CheckoutButton priceSlug="tshirt" successUrl="/thanks" cancelUrl="/">
          Buy the T-shirt
        </CheckoutButton>
      </CheckoutProvider>
    </main>
  );
}
