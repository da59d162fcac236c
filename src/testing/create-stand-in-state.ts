import { DEFAULT_STAND_IN_PRICES } from './default-stand-in-prices';
import { newId } from './new-id';
import type {
  FlowgladStandInOptions,
  StandInCheckoutSession,
  StandInCustomer,
  StandInPaymentOutcome,
  StandInPrice,
  StandInSubscription,
} from './types';

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
