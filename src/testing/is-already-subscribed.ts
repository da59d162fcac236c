import type { StandInState } from './create-stand-in-state';
import type { StandInCheckoutSession } from './types';

/**
 * Whether the hosted page sends this shopper straight to `successUrl` without charging: a
 * subscription price, a customer who already has an active paid subscription, and an organization that
 * allows one subscription per customer.
 *
 * @example
 * ```ts
 * if (isAlreadySubscribed(state, session)) return Response.redirect(session.successUrl, 307);
 * ```
 */
export function isAlreadySubscribed(state: StandInState, session: StandInCheckoutSession): boolean {
  if (state.allowMultipleSubscriptionsPerCustomer || session.type !== 'product') return false;
  const price = state.prices.find((candidate) => candidate.id === session.priceId);
  const customer = [...state.customers.values()].find((candidate) => candidate.id === session.customerId);
  if (price?.type !== 'subscription' || !customer) return false;
  return state.subscriptions.some((subscription) => {
    const plan = state.prices.find((candidate) => candidate.id === subscription.priceId);
    const paid = plan !== undefined && !plan.default && plan.unitPrice > 0;
    return (
      subscription.customerExternalId === customer.externalId && subscription.status !== 'canceled' && paid
    );
  });
}
