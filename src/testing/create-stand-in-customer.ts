import type { StandInState } from './create-stand-in-state';
import { flowgladInputSchemas } from './flowglad-input-schemas';
import { flowgladResponses as respond } from './flowglad-responses';
import { newId } from './new-id';
import type { StandInPrice, StandInSubscription } from './types';

/** The end of the billing period that starts at `start` (epoch ms). */
function periodEnd(start: number, unit: NonNullable<StandInPrice['intervalUnit']>): number {
  const end = new Date(start);
  if (unit === 'day') end.setUTCDate(end.getUTCDate() + 1);
  if (unit === 'week') end.setUTCDate(end.getUTCDate() + 7);
  if (unit === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  if (unit === 'year') end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end.getTime();
}

/** The free plan's subscription and its one item, in the records Flowglad's customer create answers with. */
function subscriptionRecords(state: StandInState, subscription: StandInSubscription, customerId: string) {
  const price = state.prices.find((candidate) => candidate.id === subscription.priceId);
  const now = Date.now();
  const interval = price?.intervalUnit ?? 'month';
  const common = { createdAt: now, updatedAt: now, livemode: state.livemode };
  const record = {
    id: subscription.id,
    ...common,
    startDate: now,
    customerId,
    organizationId: state.organizationId,
    status: subscription.status ?? 'active',
    defaultPaymentMethodId: null,
    backupPaymentMethodId: null,
    trialEnd: null,
    currentBillingPeriodStart: now,
    currentBillingPeriodEnd: periodEnd(now, interval),
    metadata: null,
    canceledAt: null,
    cancelScheduledAt: null,
    cancellationReason: null,
    replacedBySubscriptionId: null,
    isFreePlan: (price?.unitPrice ?? 0) === 0,
    doNotCharge: false,
    priceId: subscription.priceId,
    runBillingAtPeriodStart: true,
    interval,
    intervalCount: 1,
    billingCycleAnchorDate: now,
    name: `${price?.name ?? 'Default plan'} Subscription`,
    renews: true,
    pricingModelId: state.pricingModelId,
    scheduledAdjustmentAt: null,
    current: true,
  };
  const item = {
    id: newId('si'),
    ...common,
    subscriptionId: subscription.id,
    name: price?.name ?? null,
    addedDate: now,
    priceId: subscription.priceId,
    unitPrice: price?.unitPrice ?? 0,
    quantity: 1,
    metadata: null,
    type: 'static',
    externalId: null,
    expiredAt: null,
    manuallyCreated: false,
    pricingModelId: state.pricingModelId,
  };
  return { subscription: record, subscriptionItems: [item] };
}

/**
 * `POST /api/v1/customers`: `{data: {customer, subscription, subscriptionItems}}`, the last two `null`
 * when the catalogue has no default plan to put the customer on.
 */
export function createStandInCustomer(state: StandInState, body: unknown, requestId: string): Response {
  const parsed = flowgladInputSchemas.createCustomer.safeParse(body);
  if (!parsed.success) return respond.badRequest(parsed.error.issues, requestId);
  const { externalId, name, email } = parsed.data.customer;
  if (state.customers.has(externalId)) {
    return respond.conflict(
      'This pricing model id external id unique idx already exists. Please choose a different value.',
      requestId,
    );
  }
  const { customer, subscription } = state.addCustomer({ externalId, name, email });
  const records = subscription
    ? subscriptionRecords(state, subscription, customer.id)
    : { subscription: null, subscriptionItems: null };
  return respond.ok({ data: { customer, ...records } });
}
