import { useCheckoutSession } from 'react-flowglad-checkout';
import { Link } from 'react-router';
import { checkout } from '../checkout.server';
import type { Route } from './+types/thanks';

/** What became of this browser's checkout, read on the server: the status is in the first HTML. */
export function loader({ request }: Route.LoaderArgs) {
  return checkout.getCheckoutSession(request);
}

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
 * It starts from what the loader read (right on first paint) and polls the route while the payment is
 * open or pending.
 */
export default function Thanks({ loaderData }: Route.ComponentProps) {
  const { status, checkoutSession } = useCheckoutSession({ initialSession: loaderData });
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
