import { headers } from 'next/headers';
import Link from 'next/link';
import { checkout, SHOP_ORIGIN } from '../checkout';

const WORDS = {
  none: 'No recent checkout in this browser.',
  open: 'Not paid yet.',
  pending: 'Processing…',
  succeeded: 'Paid — thank you!',
  failed: 'Payment failed.',
  expired: 'This checkout expired: nothing was charged.',
} as const;

/**
 * Where the hosted checkout sends the shopper after paying: a server component that asks the checkout
 * handler, with this browser's cookie, what became of the checkout — so the status is in the first
 * HTML, before any JavaScript runs. Landing on this page is no proof of payment; the status is.
 */
export default async function ThanksPage() {
  const request = new Request(`${SHOP_ORIGIN}/thanks`, { headers: await headers() });
  const { status, checkoutSession } = await checkout.getCheckoutSession(request);
  return (
    <main>
      <h1>Thank you for your order</h1>
      <p role="status" data-status={status}>
        {WORDS[status]}
      </p>
      {checkoutSession && (
        <p>
          Order {checkoutSession.id}: {checkoutSession.quantity ?? 1} item(s)
        </p>
      )}
      <p>
        <Link href="/">Back to the store</Link>
      </p>
    </main>
  );
}
