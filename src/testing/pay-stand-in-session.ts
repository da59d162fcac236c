import type { StandInState } from './create-stand-in-state';
import { newId } from './new-id';
import type { StandInCheckoutSession, StandInPaymentOutcome } from './types';

/** As on Flowglad: a paid guest checkout creates its customer, a paid subscription price a subscription. */
export function payStandInSession(
  state: StandInState,
  session: StandInCheckoutSession,
  email: string,
): StandInPaymentOutcome {
  const outcome = state.paymentOutcomes.shift() ?? 'succeeded';
  if (session.type === 'product' && session.customerId === null) {
    const { customer } = state.addCustomer({ externalId: newId('guest').slice(6), name: email, email });
    Object.assign(session, { customerId: customer.id, customerName: customer.name, customerEmail: email });
  }
  const customer = state.customerById(session.customerId);
  const price = state.prices.find((candidate) => candidate.id === session.priceId);
  if (customer && price?.type === 'subscription' && outcome !== 'failed' && session.type === 'product') {
    state.subscriptions.push({
      id: newId('sub'),
      customerExternalId: customer.externalId,
      priceId: price.id,
      status: 'active',
    });
  }
  session.status = outcome;
  session.updatedAt = Date.now();
  return outcome;
}
