import { type CheckoutSessionStatus, type UseCheckoutSessionOptions, useCheckoutSession } from '../src/index';

/** What the shopper reads for each status: the badge (and its tone), the heading and a line of text. */
const COPY: Record<CheckoutSessionStatus, { badge: string; tone: string; title: string; text: string }> = {
  loading: {
    badge: 'Checking',
    tone: 'neutral',
    title: 'Checking your payment…',
    text: 'This takes a moment.',
  },
  succeeded: {
    badge: 'Paid',
    tone: 'success',
    title: 'Paid — thank you!',
    text: 'Your order is confirmed. A receipt is on its way to your inbox.',
  },
  pending: {
    badge: 'Processing',
    tone: 'pending',
    title: 'Processing your payment…',
    text: 'Your bank is confirming the payment; this can take a few minutes. This page updates by itself.',
  },
  open: {
    badge: 'Not paid',
    tone: 'neutral',
    title: 'Not paid yet',
    text: 'Nothing has been charged. If you left the payment page, your cart is still waiting for you.',
  },
  failed: {
    badge: 'Failed',
    tone: 'danger',
    title: 'Payment failed',
    text: 'Your payment did not go through. Please try again, or use another payment method.',
  },
  expired: {
    badge: 'Expired',
    tone: 'neutral',
    title: 'This checkout expired',
    text: 'Nothing has been charged. Start again from your cart.',
  },
  none: {
    badge: 'No order',
    tone: 'neutral',
    title: 'No recent order',
    text: 'We found no checkout started in this browser. If you paid on another device, your receipt is in your inbox.',
  },
  error: {
    badge: 'Unknown',
    tone: 'danger',
    title: 'We could not check your payment',
    text: 'Your payment is not affected. Please check again in a moment.',
  },
};

/**
 * A thanks page (the page `successUrl` points at) on `useCheckoutSession`: it shows what became of the
 * checkout this browser started last, not merely that the shopper came back. Its props are the hook's
 * options.
 *
 * @example
 * ```tsx
 * <ThanksPage poll={{ intervalMs: 2000 }} />
 * ```
 */
export function ThanksPage(options: UseCheckoutSessionOptions) {
  const { status, checkoutSession, refresh } = useCheckoutSession(options);
  const { badge, tone, title, text } = COPY[status];
  return (
    <section className="shop-card shop-thanks" aria-labelledby="thanks-title" aria-live="polite">
      <p className="shop-badge" data-tone={tone} data-status={status}>
        {badge}
      </p>
      <h2 id="thanks-title" className="shop-card-name">
        {title}
      </h2>
      <p className="shop-card-price">{text}</p>
      {status === 'succeeded' && checkoutSession && (
        <dl className="shop-order">
          <dt>Quantity</dt>
          <dd>{checkoutSession.quantity}</dd>
          <dt>Reference</dt>
          <dd>
            <code>{checkoutSession.id}</code>
          </dd>
        </dl>
      )}
      {(status === 'open' || status === 'failed' || status === 'expired') && (
        <a className="shop-button" href="#cart">
          Back to cart
        </a>
      )}
      {status === 'error' && (
        <button type="button" className="shop-button shop-button-quiet" onClick={() => void refresh()}>
          Check again
        </button>
      )}
    </section>
  );
}
