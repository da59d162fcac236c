import { createFileRoute, Link } from '@tanstack/react-router';
import { useCheckoutSession } from 'react-flowglad-checkout';
import { getCheckout } from '../store.functions';

export const Route = createFileRoute('/thanks')({
  // A server function, so the status is read on the server and is in the first HTML.
  loader: () => getCheckout(),
  component: Thanks,
});

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
 * Where the hosted checkout sends the shopper back: landing here is no proof of payment, the status is.
 * It starts from what the server function read (right on first paint) and polls the route while the
 * payment is open or pending.
 */
function Thanks() {
  const { status, checkoutSession } = useCheckoutSession({ initialSession: Route.useLoaderData() });
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
        <Link to="/">Back to the store</Link>
      </p>
    </main>
  );
}
