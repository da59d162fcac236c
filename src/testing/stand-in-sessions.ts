/**
 * `POST /api/v1/checkout-sessions`: Flowglad's order of checks and its business rules in its words, and
 * the hosted page URL of a session.
 */
import {
  type FlowgladCheckoutSessionInput,
  flowgladInputSchemas,
  flowgladResponses as respond,
} from './flowglad-shapes';
import { newId, SESSION_LIFETIME_MS, type StandInState } from './stand-in-state';
import type { StandInCheckoutSession, StandInCustomer, StandInPrice } from './types';

/** A business rule broken, in Flowglad's words: `Invalid <field>: <reason>`. */
class Refusal {
  readonly message: string;
  constructor(field: string, reason: string) {
    this.message = `Invalid ${field}: ${reason}`;
  }
}

type ProductInput = Extract<FlowgladCheckoutSessionInput, { type: 'product' }>;

/** The price a product checkout buys, by id or slug, refused in Flowglad's order and words. */
function productPrice(
  state: StandInState,
  input: ProductInput,
  customer?: StandInCustomer,
): StandInPrice | Refusal {
  let priceId = input.priceId;
  if (input.priceSlug) {
    if (!input.anonymous && !customer) {
      return new Refusal(
        'customer',
        'Customer is required to resolve price slug for identified checkout sessions',
      );
    }
    const bySlug = state.prices.find((candidate) => candidate.slug === input.priceSlug);
    if (!bySlug) {
      const where = input.anonymous
        ? "in organization's default pricing model"
        : "for customer's pricing model";
      return new Refusal('priceSlug', `Price with slug "${input.priceSlug}" not found ${where}`);
    }
    priceId = bySlug.id;
  }
  const price = state.prices.find((candidate) => candidate.id === priceId);
  if (!price) {
    return new Refusal(
      'priceId',
      `Invalid or not-found price ID: no matching price found for id "${priceId}"`,
    );
  }
  if (price.type === 'usage') {
    return new Refusal(
      'priceId',
      'Checkout sessions are only supported for product prices (subscription/single payment), not usage prices',
    );
  }
  if (price.default) {
    return new Refusal(
      'product',
      'Checkout sessions cannot be created for default products. Default products are automatically assigned to customers and do not require manual checkout.',
    );
  }
  return price;
}

/** The fields of each session type, after Flowglad's business rules for it. */
function sessionFields(
  state: StandInState,
  input: FlowgladCheckoutSessionInput,
  customer: StandInCustomer | undefined,
): Partial<StandInCheckoutSession> | Refusal {
  if (input.type === 'product') {
    const price = productPrice(state, input, customer);
    if (price instanceof Refusal) return price;
    if (!input.anonymous && !customer) {
      return new Refusal(
        'checkoutSession',
        `Required customer not found for Product checkout (anonymous=false). externalId='${input.customerExternalId}', organization='${state.organizationId}'.`,
      );
    }
    const quantity = input.quantity ?? 1;
    return {
      priceId: price.id,
      quantity,
      preserveBillingCycleAnchor: input.preserveBillingCycleAnchor ?? false,
    };
  }
  if (input.type === 'activate_subscription') {
    const id = input.targetSubscriptionId;
    const target = state.subscriptions.find((candidate) => candidate.id === id);
    if (!target) return new Refusal('targetSubscriptionId', `Target subscription ${id} not found`);
    if (!customer) {
      return new Refusal('customer', 'Customer is required for activate subscription checkout sessions');
    }
    if (target.customerExternalId !== customer.externalId) {
      return new Refusal(
        'targetSubscriptionId',
        `Target subscription ${id} does not belong to customer ${customer.id}`,
      );
    }
    return {
      priceId: target.priceId,
      targetSubscriptionId: id,
      preserveBillingCycleAnchor: input.preserveBillingCycleAnchor ?? false,
    };
  }
  if (!customer) {
    return new Refusal('checkoutSession', 'Customer is required for add payment method checkout sessions');
  }
  // Flowglad stores the flag as false whatever is sent, and does not check the target at creation.
  return {
    targetSubscriptionId: input.targetSubscriptionId ?? null,
    automaticallyUpdateSubscriptions: false,
  };
}

/** A one-off price is paid through a payment intent; everything else saves a card first, through a setup intent. */
function intentOf(state: StandInState, session: StandInCheckoutSession): string {
  const price = state.prices.find((candidate) => candidate.id === session.priceId);
  return session.type === 'product' && price?.type === 'single_payment'
    ? `payment_intent=${newId('pi')}`
    : `setup_intent=${newId('seti')}`;
}

/** Flowglad's order of checks: the schema (400), then the business rules in its words (`refusalStatus`). */
export function createStandInSession(
  state: StandInState,
  body: unknown,
  requestId: string,
  origin: string,
): Response {
  const parsed = flowgladInputSchemas.createCheckoutSession.safeParse(body);
  if (!parsed.success) return respond.badRequest(parsed.error.issues, requestId);
  const input = parsed.data.checkoutSession;
  const customer = input.customerExternalId ? state.customers.get(input.customerExternalId) : undefined;
  const fields = sessionFields(state, input, customer);
  if (fields instanceof Refusal) return respond.refusal(fields.message, requestId, state.refusalStatus);
  const now = Date.now();
  const who = input.type === 'product' && input.anonymous ? undefined : customer;
  const session: StandInCheckoutSession = {
    id: newId('chckt_session'),
    createdAt: now,
    updatedAt: now,
    expires: now + SESSION_LIFETIME_MS,
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
  };
  const stored = flowgladInputSchemas.storedSession.safeParse(session);
  if (!stored.success) return respond.insertFailed(stored.error.issues, requestId);
  state.sessions.set(session.id, session);
  state.intents.set(session.id, intentOf(state, session));
  return respond.ok({ checkoutSession: session, url: hostedUrl(origin, session) });
}

/** As Flowglad builds them: `/add-payment-method/{id}` only at creation, `/checkout/{id}` when read back. */
export const hostedUrl = (
  origin: string,
  session: StandInCheckoutSession,
  purpose: 'create' | 'read' = 'create',
) =>
  `${origin}/${purpose === 'create' && session.type === 'add_payment_method' ? 'add-payment-method' : 'checkout'}/${session.id}`;
