import type { CheckoutSessionStatus, CheckoutSessionSummary } from '../src/index';

/** How the thanks page shows a checkout: a one-word badge, a title, a sentence and a colour. */
export interface CheckoutDescription {
  badge: string;
  title: string;
  text: string;
  tone: 'success' | 'waiting' | 'neutral' | 'danger';
}

const DESCRIPTIONS: Record<CheckoutSessionStatus, CheckoutDescription> = {
  loading: {
    badge: 'Checking…',
    title: 'Checking your payment',
    text: 'One moment while we ask the payment provider.',
    tone: 'neutral',
  },
  none: {
    badge: 'No checkout',
    title: 'No recent checkout in this browser',
    text: 'There is nothing to confirm here. If you paid in another browser, or signed out since, your order is not lost.',
    tone: 'neutral',
  },
  open: {
    badge: 'Not paid yet',
    title: 'Your order is not paid yet',
    text: 'Nothing was charged. The checkout is still open: go back to the store to try again.',
    tone: 'neutral',
  },
  pending: {
    badge: 'Processing…',
    title: 'Your payment is processing',
    text: 'Your bank is confirming the payment. This page updates by itself.',
    tone: 'waiting',
  },
  succeeded: {
    badge: 'Paid',
    title: 'Thank you for your order',
    text: 'Your payment went through and your order is confirmed.',
    tone: 'success',
  },
  failed: {
    badge: 'Payment failed',
    title: 'Your payment did not go through',
    text: 'Nothing was charged. Go back to the store to try again with another card.',
    tone: 'danger',
  },
  expired: {
    badge: 'Expired',
    title: 'This checkout has expired',
    text: 'Nothing was charged. Start again from the store.',
    tone: 'neutral',
  },
  error: {
    badge: 'Not checked',
    title: 'We could not check your payment',
    text: 'The store could not look up your checkout just now. Nothing is lost: try again in a moment.',
    tone: 'danger',
  },
};

const SAVED: CheckoutDescription = {
  badge: 'Saved',
  title: 'Your payment method is saved',
  text: 'Your next payments use it. Nothing was charged today.',
  tone: 'success',
};

const ALREADY_SUBSCRIBED: CheckoutDescription = {
  badge: 'Already subscribed',
  title: 'You already subscribe to this plan',
  text: 'Nothing was charged: your subscription is active, so the checkout sent you straight back. It goes on as it is.',
  tone: 'success',
};

/**
 * What the thanks page says for a checkout `status` from `useCheckoutSession()`: "Paid",
 * "Processing…", "Not paid yet", "Payment failed", and words for the other states. A saved payment
 * method is "Saved", not "Paid"; an open checkout for a plan the shopper has already (`subscribed`:
 * `undefined` while that is not known yet) is "Already subscribed": Flowglad sends a subscriber back
 * unpaid, and "try again" would only send them round again.
 *
 * @example
 * ```ts
 * describeCheckout('pending').badge; // → 'Processing…'
 * ```
 */
export function describeCheckout(
  status: CheckoutSessionStatus,
  session?: CheckoutSessionSummary,
  subscribed?: boolean,
): CheckoutDescription {
  if (status === 'succeeded' && session?.type === 'add_payment_method') return SAVED;
  if (status === 'open' && subscribed === undefined) return DESCRIPTIONS.loading;
  if (status === 'open' && subscribed) return ALREADY_SUBSCRIBED;
  return DESCRIPTIONS[status];
}
