import { headers } from 'next/headers';
import Link from 'next/link';
import { checkout, SHOP_ORIGIN } from '../checkout';
import { PaymentStatus } from './payment-status';

/**
 * Where the hosted checkout sends the shopper after paying: a server component that asks the checkout
 * handler, with this browser's cookie, what became of the checkout — so the status is in the first
 * HTML, before any JavaScript runs — and hands it to the client part, which keeps it fresh. Landing on
 * this page is no proof of payment; the status is.
 */
export default async function ThanksPage() {
  const request = new Request(`${SHOP_ORIGIN}/thanks`, { headers: await headers() });
  const initialSession = await checkout.getCheckoutSession(request);
  return (
    <main>
      <h1>Thank you for your order</h1>
      <PaymentStatus initialSession={initialSession} />
      <p>
        <Link href="/">Back to the store</Link>
      </p>
    </main>
  );
}
