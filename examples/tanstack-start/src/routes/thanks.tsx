import { createFileRoute, Link } from '@tanstack/react-router';
import { getCheckout } from '../store.functions';

export const Route = createFileRoute('/thanks')({
  // A server function, so the status is read on the server and is in the first HTML.
  loader: () => getCheckout(),
  component: Thanks,
});

const WORDS = {
  none: 'No recent checkout in this browser.',
  open: 'Not paid yet.',
  pending: 'Processing…',
  succeeded: 'Paid — thank you!',
  failed: 'Payment failed.',
  expired: 'This checkout expired: nothing was charged.',
} as const;

/** Where the hosted checkout sends the shopper back: landing here is no proof of payment, the status is. */
function Thanks() {
  const { status, checkoutSession } = Route.useLoaderData();
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
