import { newId, type StandInState } from './create-stand-in-state';
import { flowgladInputSchemas } from './flowglad-input-schemas';
import { flowgladResponses as respond } from './flowglad-responses';
import type { StandInCheckoutSession, StandInCustomer } from './flowglad-stand-in';
import { hostedUrl } from './hosted-url';

const DAY_MS = 24 * 60 * 60 * 1000;

type Created = { ok: true; session: StandInCheckoutSession } | { ok: false; error: string };

/**
 * `POST /api/v1/checkout-sessions` as Flowglad's server answers it: the schema (zod issues), then the
 * business rules in its order and words — `purchase` refused, the customer required (unless
 * anonymous), the price known and not a usage price, a target subscription existing and belonging
 * to the customer — then the session, stored, with its hosted `url`.
 *
 * @example
 * ```ts
 * const response = createStandInSession(state, { checkoutSession: { type: 'product', priceId, customerExternalId, successUrl, cancelUrl } }, 'req_1');
 * ```
 */
export function createStandInSession(state: StandInState, body: unknown, requestId: string): Response {
  const parsed = flowgladInputSchemas.createCheckoutSession.safeParse(body);
  if (!parsed.success) return respond.badRequest(parsed.error.issues, requestId);
  const input = parsed.data.checkoutSession;
  if (input.type === 'purchase') {
    return respond.badRequest(
      'Invalid checkout session type: purchase. Currently only product, add_payment_method, and activate_subscription are supported.',
      requestId,
    );
  }
  const customer = input.customerExternalId ? state.customers.get(input.customerExternalId) : undefined;
  const now = Date.now();
  const record = (fields: Partial<StandInCheckoutSession>, who: StandInCustomer | undefined): Created => ({
    ok: true,
    session: {
      id: newId('chckt_session'),
      createdAt: now,
      updatedAt: now,
      expires: now + DAY_MS,
      livemode: state.livemode,
      organizationId: state.organizationId,
      pricingModelId: state.pricingModelId,
      status: 'open',
      type: input.type,
      priceId: null,
      quantity: 1,
      customerId: who?.id ?? null,
      customerName: who?.name ?? null,
      customerEmail: who?.email ?? null,
      successUrl: input.successUrl,
      cancelUrl: input.cancelUrl,
      outputMetadata: input.outputMetadata ?? null,
      outputName: input.outputName ?? null,
      targetSubscriptionId: null,
      automaticallyUpdateSubscriptions: null,
      preserveBillingCycleAnchor: false,
      billingAddress: null,
      purchaseId: null,
      invoiceId: null,
      discountId: null,
      paymentMethodType: null,
      ...fields,
    } as StandInCheckoutSession,
  });
  const subscriptionFor = (id: string | undefined, who: StandInCustomer): Created | undefined => {
    if (id === undefined) return undefined;
    const subscription = state.subscriptions.find((candidate) => candidate.id === id);
    if (!subscription) return { ok: false, error: `Target subscription ${id} not found` };
    if (subscription.customerExternalId !== who.externalId) {
      return { ok: false, error: `Target subscription ${id} does not belong to customer ${who.id}` };
    }
    return undefined;
  };

  let created: Created;
  if (input.type === 'product') {
    const anonymous = input.anonymous === true;
    const price = input.priceId
      ? state.prices.find((candidate) => candidate.id === input.priceId)
      : state.prices.find((candidate) => candidate.slug === input.priceSlug);
    if (!anonymous && !customer) {
      created = {
        ok: false,
        error: `Required customer not found for Product checkout (anonymous=false). externalId='${input.customerExternalId}', organization='${state.organizationId}'.`,
      };
    } else if (!price) {
      created = {
        ok: false,
        error: input.priceId
          ? `Invalid priceId: ${input.priceId}`
          : `Price with slug "${input.priceSlug}" not found for customer's pricing model`,
      };
    } else if (price.type === 'usage') {
      created = {
        ok: false,
        error: `Price id: ${price.id} has usage price. Usage prices are not supported for checkout sessions.`,
      };
    } else {
      created = record(
        {
          priceId: price.id,
          quantity: input.quantity ?? 1,
          preserveBillingCycleAnchor: input.preserveBillingCycleAnchor ?? false,
        },
        anonymous ? undefined : customer,
      );
    }
  } else if (!customer) {
    created = {
      ok: false,
      error: `Customer is required for ${input.type.replace('_', ' ')} checkout sessions`,
    };
  } else if (input.type === 'add_payment_method') {
    created =
      subscriptionFor(input.targetSubscriptionId, customer) ??
      record(
        {
          targetSubscriptionId: input.targetSubscriptionId ?? null,
          automaticallyUpdateSubscriptions: input.automaticallyUpdateSubscriptions ?? false,
        },
        customer,
      );
  } else {
    const target = state.subscriptions.find((candidate) => candidate.id === input.targetSubscriptionId);
    created =
      subscriptionFor(input.targetSubscriptionId, customer) ??
      record(
        {
          priceId: target?.priceId ?? null,
          targetSubscriptionId: input.targetSubscriptionId,
          preserveBillingCycleAnchor: input.preserveBillingCycleAnchor ?? false,
        },
        customer,
      );
  }
  if (!created.ok) return respond.badRequest(created.error, requestId);
  state.sessions.set(created.session.id, created.session);
  return respond.ok({ checkoutSession: created.session, url: hostedUrl(state, created.session) });
}
