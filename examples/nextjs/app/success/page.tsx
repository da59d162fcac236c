import Link from 'next/link';
import { PaymentStatus } from './payment-status';

/** Where the hosted checkout sends the shopper after paying: it shows what the payment status really is. */
export default function SuccessPage() {
  return (
    <main>
      <h1>Thank you for your order</h1>
      <PaymentStatus />
      <p>
        <Link href="/">Back to the store</Link>
      </p>
    </main>
  );
}
