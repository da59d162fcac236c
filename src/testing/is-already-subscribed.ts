import type { StandInState } from './create-stand-in-state';
import type { StandInCheckoutSession } from './types';

/**
 * As on Flowglad: a customer with an active paid subscription who opens a page for a subscription price
 * (an `activate_subscription` session too) is sent straight to `successUrl`, unpaid, unless several are allowed.
 */
export function isAlreadySubscribed(state: StandInState, session: StandInCheckoutSession): boolean {
  if (state.allowMultipleSubscriptionsPerCustomer) return false;
  const price = state.prices.find((candidate) => candidate.id === session.priceId);
  const customer = state.customerById(session.customerId);
  if (price?.type !== 'subscription' || !customer) return false;
  return state.subscriptions.some((subscription) => {
    const plan = state.prices.find((candidate) => candidate.id === subscription.priceId);
    const paid = plan !== undefined && !plan.default && plan.unitPrice > 0;
    return (
      subscription.customerExternalId === customer.externalId &&
      (subscription.status ?? 'active') === 'active' &&
      paid
    );
  });
}
