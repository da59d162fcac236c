import { checkoutOrigin, usesStandIn } from 'virtual:storefront-config';
import { DEMO_CATALOG } from './catalog';
import { ProductCard } from './product-card';

/**
 * The demo store's front page: every product of the catalogue, and which Flowglad checks out.
 *
 * @example
 * ```tsx
 * createRoot(root).render(<Storefront />);
 * ```
 */
export function Storefront() {
  return (
    <main>
      <header>
        <h1>Flowglad demo store</h1>
        <p className="note">
          {usesStandIn
            ? 'Checkout runs on the embedded Flowglad stand-in: no account needed, no payment taken.'
            : `Checkout runs on Flowglad at ${checkoutOrigin}.`}
        </p>
      </header>
      <div className="products">
        {DEMO_CATALOG.map((product) => (
          <ProductCard key={product.slug} product={product} />
        ))}
      </div>
    </main>
  );
}
