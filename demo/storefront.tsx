import { CheckoutButton } from '../src/index';
import { DEMO_CATALOG } from './catalog';
import { PageShell } from './page-shell';
import { ProductCard } from './product-card';
import { useDemoShopper } from './use-demo-shopper';

/**
 * The demo store's front page: every product of the catalogue, which guests can buy (the Pro plan
 * needs an account), and for a signed-in shopper an account section to save a payment method.
 *
 * @example
 * ```tsx
 * createRoot(root).render(<Storefront />);
 * ```
 */
export function Storefront() {
  const { shopper } = useDemoShopper();
  const signedIn = Boolean(shopper);
  return (
    <PageShell>
      <section className="intro">
        <h1>Small goods for people who ship</h1>
        <p>
          {shopper
            ? `Welcome back, ${shopper.name}. Everything here is yours to buy, the Pro plan included.`
            : 'Buy a T-shirt or a mug as a guest, or sign in to subscribe to the Pro plan.'}
        </p>
      </section>
      {/* Keyed by who shops: signing in or out starts every button afresh (no stale "please sign in"). */}
      <div className="products" key={signedIn ? 'signed-in' : 'guest'}>
        {DEMO_CATALOG.map((product) => (
          <ProductCard
            key={product.slug}
            product={product}
            signedIn={signedIn}
            subscribed={shopper?.plans.includes(product.slug)}
          />
        ))}
      </div>
      {shopper && (
        <section className="account-panel" aria-labelledby="account-heading">
          <div>
            <h2 id="account-heading">Your account</h2>
            <p>
              {shopper.name} · {shopper.email}. Save a card for your subscription's renewals.
            </p>
          </div>
          <CheckoutButton type="add_payment_method" className="secondary" successUrl="/success">
            Add a payment method
          </CheckoutButton>
        </section>
      )}
    </PageShell>
  );
}
