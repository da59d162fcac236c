import { useEffect } from 'react';
import type { CheckoutButton, CheckoutProvider } from '../../src/index';

/** The library's components the store renders: the built package's, on the server and in the page alike. */
export interface StoreLibrary {
  CheckoutButton: typeof CheckoutButton;
  CheckoutProvider: typeof CheckoutProvider;
}

/** A storefront's worth of products, so hydration has a page's work to do. */
const PRODUCTS = Array.from({ length: 12 }, (_, index) => ({
  priceId: index === 0 ? 'price_stand_in_tshirt' : `price_bench_${index}`,
  name: index === 0 ? 'Organic cotton T-shirt' : `Product ${index + 1}`,
}));

/** Marks the moment React has hydrated the page: from then on a click runs the JSON call. */
function HydratedMark() {
  useEffect(() => {
    performance.mark('hydrated');
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}

/**
 * The store page of bench row (g), rendered by the server (`renderToString`) and hydrated in the page
 * (`hydrateRoot`) from the same tree: a grid of products, each with a `CheckoutButton`; the first,
 * `#buy`, is the one the bench presses.
 */
export function HydrationStore({
  library,
  checkoutOrigin,
}: {
  library: StoreLibrary;
  checkoutOrigin: string;
}) {
  const { CheckoutButton, CheckoutProvider } = library;
  return (
    <CheckoutProvider allowedRedirectOrigins={[checkoutOrigin]} preconnect={false}>
      <HydratedMark />
      <main className="grid">
        {PRODUCTS.map(({ priceId, name }, index) => (
          <article key={priceId} className="card">
            <h2>{name}</h2>
            <p>Soft, durable, shipped in two days.</p>
            <CheckoutButton id={index === 0 ? 'buy' : undefined} priceId={priceId} successUrl="/thanks">
              Buy {name}
            </CheckoutButton>
          </article>
        ))}
      </main>
    </CheckoutProvider>
  );
}
