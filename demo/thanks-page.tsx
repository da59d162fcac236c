import { type CheckoutSessionState, type CheckoutSessionSummary, useCheckoutSession } from '../src/index';
import { DEMO_CATALOG } from './catalog';
import { describeCheckout } from './describe-checkout';
import { formatPrice } from './format-price';
import { PageShell } from './page-shell';
import { type DemoShopperView, useDemoShopper } from './use-demo-shopper';

/** The order lines a thanks page can show: what was bought (from `outputMetadata`), how many, the total. */
function OrderSummary({ session }: { session: CheckoutSessionSummary }) {
  const product = DEMO_CATALOG.find((item) => item.slug === session.outputMetadata?.product);
  const quantity = session.quantity ?? 1;
  return (
    <dl className="order" aria-label="Your order">
      {product && (
        <>
          <dt>Item</dt>
          <dd>
            {quantity} × {product.name}
          </dd>
          <dt>Total</dt>
          <dd>{formatPrice(product.unitPrice * quantity, product.interval)}</dd>
        </>
      )}
      <dt>Reference</dt>
      <dd>
        <code>{session.id}</code>
      </dd>
    </dl>
  );
}

/** Whether the shopper has the plan this checkout was for already: `false` for a product, `undefined` while not known. */
function subscribesTo(
  session: CheckoutSessionSummary | null | undefined,
  shopper: DemoShopperView | null | undefined,
): boolean | undefined {
  const plan = DEMO_CATALOG.find((item) => item.interval && item.slug === session?.outputMetadata?.product);
  if (!plan) return false;
  return shopper === undefined ? undefined : Boolean(shopper?.plans.includes(plan.slug));
}

/**
 * Where the hosted checkout returns (`/success`). Landing here is no proof of payment, so the page
 * asks the checkout route what became of this browser's last checkout (`useCheckoutSession`, which
 * polls while it is open or pending) and says so: "Paid", "Processing…", "Not paid yet" or "Payment
 * failed" — or that the shopper has the plan already, there is no checkout, it expired, or it could
 * not be checked (with a retry). The server reads the checkout first (`handler.getCheckoutSession`)
 * and passes it as `initialSession`: the page says "Paid" in its HTML, with no "Checking…" first.
 *
 * @example
 * ```tsx
 * <ThanksPage initialSession={await handler.getCheckoutSession(request)} />
 * ```
 */
export function ThanksPage({ initialSession }: { initialSession?: CheckoutSessionState }) {
  const { status, checkoutSession, refresh } = useCheckoutSession({ initialSession });
  const { shopper } = useDemoShopper();
  const { badge, title, text, tone } = describeCheckout(
    status,
    checkoutSession,
    subscribesTo(checkoutSession, shopper),
  );
  return (
    <PageShell>
      <section className="status-card" data-tone={tone} aria-labelledby="status-title">
        <p className="badge" role="status" data-testid="payment-status">
          {badge}
        </p>
        <h1 id="status-title">{title}</h1>
        <p>{text}</p>
        {checkoutSession && <OrderSummary session={checkoutSession} />}
        <p className="actions">
          {status === 'error' && (
            <button type="button" className="secondary" onClick={() => void refresh()}>
              Try again
            </button>
          )}
          <a className="button-link" href="/">
            {status === 'succeeded' ? 'Continue shopping' : 'Back to the store'}
          </a>
        </p>
      </section>
    </PageShell>
  );
}
