/**
 * What one stand-in holds and what changes it: its catalogue, customers, subscriptions and sessions;
 * paying a session; ids as Flowglad shapes them.
 */
import type {
  FlowgladStandInOptions,
  StandInCheckoutSession,
  StandInCustomer,
  StandInPaymentOutcome,
  StandInPrice,
  StandInSubscription,
} from './types';

/** How long a checkout session stays open, as on Flowglad: 24 hours. */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** What one stand-in holds, shared by its API, its hosted pages and its handle. */
export interface StandInState {
  apiKey: string;
  organizationId: string;
  pricingModelId: string;
  livemode: boolean;
  refusalStatus: 400 | 500;
  allowMultipleSubscriptionsPerCustomer: boolean;
  prices: StandInPrice[];
  subscriptions: StandInSubscription[];
  /** Active customers by external id. */
  customers: Map<string, StandInCustomer>;
  /** Archived customers, oldest first (their external ids may be in use again). */
  archived: StandInCustomer[];
  sessions: Map<string, StandInCheckoutSession>;
  /** The Stripe intent behind each session (by session id), as its hosted page names it: `payment_intent=pi_…` or `setup_intent=seti_…`. */
  intents: Map<string, string>;
  /** Statuses the next API requests answer with (`failNext`). */
  failures: number[];
  /** How the next payments end (`queuePaymentOutcome`); `succeeded` when empty. */
  paymentOutcomes: StandInPaymentOutcome[];
  /** Creates a customer record (as POST /api/v1/customers does), stores it, and puts it on the default plan. */
  addCustomer(input: { externalId: string; name?: string; email?: string }): {
    customer: StandInCustomer;
    subscription?: StandInSubscription;
  };
  archiveCustomer(externalId: string): StandInCustomer | undefined;
  /** A customer by Flowglad id, archived ones included. */
  customerById(id: string | null): StandInCustomer | undefined;
  /** Back to the starting customers and subscriptions, no sessions, nothing queued. */
  reset(): void;
}

/** The default key `sk_test_local-stand-in` is one secret scanners do not mistake for a real key. */
export function createStandInState(options: FlowgladStandInOptions = {}): StandInState {
  const apiKey = options.apiKey ?? 'sk_test_local-stand-in';
  const state: StandInState = {
    apiKey,
    organizationId: 'org_stand_in',
    pricingModelId: 'pricing_model_stand_in',
    livemode: apiKey.startsWith('sk_live_'),
    refusalStatus: options.refusalStatus ?? 500,
    allowMultipleSubscriptionsPerCustomer: options.allowMultipleSubscriptionsPerCustomer ?? false,
    prices: [...(options.prices ?? DEFAULT_STAND_IN_PRICES)],
    subscriptions: [],
    customers: new Map(),
    archived: [],
    sessions: new Map(),
    intents: new Map(),
    failures: [],
    paymentOutcomes: [],
    addCustomer({ externalId, name, email }) {
      const now = Date.now();
      const customer: StandInCustomer = {
        id: newId('cust'),
        createdAt: now,
        updatedAt: now,
        livemode: state.livemode,
        organizationId: state.organizationId,
        pricingModelId: state.pricingModelId,
        email: email ?? '',
        name: name ?? externalId,
        externalId,
        invoiceNumberBase: newId('inv').slice(4, 12).toUpperCase(),
        archived: false,
        logoURL: null,
        iconURL: null,
        domain: null,
        billingAddress: null,
        userId: null,
      };
      state.customers.set(externalId, customer);
      const plan = state.prices.find((price) => price.default);
      if (!plan) return { customer };
      const subscription: StandInSubscription = {
        id: newId('sub'),
        customerExternalId: externalId,
        priceId: plan.id,
        status: 'active',
      };
      state.subscriptions.push(subscription);
      return { customer, subscription };
    },
    archiveCustomer(externalId) {
      const customer = state.customers.get(externalId);
      if (!customer) return undefined;
      for (const subscription of state.subscriptions) {
        if (subscription.customerExternalId === externalId) subscription.status = 'canceled';
      }
      customer.archived = true;
      customer.updatedAt = Date.now();
      state.customers.delete(externalId);
      state.archived.push(customer);
      return customer;
    },
    customerById: (id) =>
      [...state.customers.values(), ...state.archived].find((candidate) => candidate.id === id),
    reset() {
      state.customers.clear();
      state.archived.length = 0;
      state.sessions.clear();
      state.intents.clear();
      state.failures.length = 0;
      state.paymentOutcomes.length = 0;
      state.subscriptions.length = 0;
      for (const customer of options.customers ?? []) state.addCustomer(customer);
      for (const subscription of options.subscriptions ?? []) state.subscriptions.push({ ...subscription });
    },
  };
  state.reset();
  return state;
}

/**
 * The stand-in's catalogue unless told otherwise: a one-off product, a monthly subscription, a usage
 * price (which checkout refuses, as Flowglad does) and the free default plan every new customer is
 * put on (which checkout refuses too).
 *
 * @example
 * ```ts
 * await createCheckoutSession({ priceId: DEFAULT_STAND_IN_PRICES[0].id }, config);
 * ```
 */
export const DEFAULT_STAND_IN_PRICES: readonly StandInPrice[] = Object.freeze([
  {
    id: 'price_stand_in_tshirt',
    slug: 'tshirt',
    name: 'Stand-in T-shirt',
    unitPrice: 2500,
    currency: 'usd',
    type: 'single_payment',
  },
  {
    id: 'price_stand_in_pro_monthly',
    slug: 'pro-monthly',
    name: 'Pro plan',
    unitPrice: 1900,
    currency: 'usd',
    type: 'subscription',
    intervalUnit: 'month',
  },
  {
    id: 'price_stand_in_api_calls',
    slug: 'api-calls',
    name: 'API calls',
    unitPrice: 1,
    currency: 'usd',
    type: 'usage',
  },
  {
    id: 'price_stand_in_free',
    slug: 'free',
    name: 'Free plan',
    unitPrice: 0,
    currency: 'usd',
    type: 'subscription',
    intervalUnit: 'month',
    default: true,
  },
]);

export const newId = (prefix: string) => `${prefix}_${crypto.randomUUID().replace(/-/g, '').slice(0, 21)}`;

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
