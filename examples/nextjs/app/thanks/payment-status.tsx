'use client';
import { type CheckoutSessionState, useCheckoutSession } from 'react-flowglad-checkout';

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
 * The payment status, starting from what the server read (`initialSession`: right on first paint, no
 * "loading"), then kept fresh in the browser: it polls the route's `GET` while the payment is open or
 * pending.
 */
export function PaymentStatus({ initialSession }: { initialSession: CheckoutSessionState }) {
  const { status, checkoutSession } = useCheckoutSession({ initialSession });
  return (
    <>
      <p role="status" data-status={status}>
        {WORDS[status]}
      </p>
      {checkoutSession && (
        <p>
          Order {checkoutSession.id}: {checkoutSession.quantity ?? 1} item(s)
        </p>
      )}
    </>
  );
}
