'use client';
import { useCheckoutSession } from 'react-flowglad-checkout';

const WORDS = {
  loading: 'Checking your payment…',
  none: 'No recent checkout in this browser.',
  open: 'Not paid yet.',
  pending: 'Processing…',
  succeeded: 'Paid — thank you!',
  failed: 'Payment failed.',
  expired: 'This checkout expired: nothing was charged.',
  error: 'We could not check your payment. Refresh to try again.',
} as const;

/**
 * What became of this browser's checkout, asked from the checkout route (`GET`): landing on this page
 * is no proof of payment. It polls while the payment is open or pending.
 */
export function PaymentStatus() {
  const { status, checkoutSession } = useCheckoutSession();
  return (
    <>
      <p role="status">{WORDS[status]}</p>
      {checkoutSession && (
        <p>
          Order {checkoutSession.id}: {checkoutSession.quantity ?? 1} item(s)
        </p>
      )}
    </>
  );
}
