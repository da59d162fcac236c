import { DEFAULT_STAND_IN_PRICES } from './default-stand-in-prices';
import type {
  FlowgladStandInOptions,
  StandInCheckoutSession,
  StandInCustomer,
  StandInPrice,
  StandInSubscription,
} from './flowglad-stand-in';

/**
 * What one stand-in holds, shared by its API routes, its hosted pages and its handle.
 *
 * @example
 * ```ts
 * const state: StandInState = createStandInState();
 * state.failures.push(500);
 * ```
 */
export interface StandInState {
  apiKey: string;
  /** Where it listens; set once the server is up (checkout URLs are built on it). */
  baseUrl: string;
  organizationId: string;
  pricingModelId: string;
  livemode: boolean;
  prices: StandInPrice[];
  subscriptions: StandInSubscription[];
  customers: Map<string, StandInCustomer>;
  sessions: Map<string, StandInCheckoutSession>;
  /** Statuses the next API requests answer with (`failNext`). */
  failures: number[];
  /** Creates a customer record (as POST /api/v1/customers does) and stores it. */
  addCustomer(input: { externalId: string; name?: string; email?: string }): StandInCustomer;
  /** Back to the starting customers, no sessions, no pending failures. */
  reset(): void;
}

/**
 * A random id with Flowglad's prefix style (`chckt_session_…`, `cust_…`).
 *
 * @example
 * ```ts
 * newId('chckt_session'); // → 'chckt_session_3f9c…'
 * ```
 */
export const newId = (prefix: string) => `${prefix}_${crypto.randomUUID().replace(/-/g, '').slice(0, 21)}`;

/**
 * The stand-in's state from its options: the key (`sk_test_local-stand-in` unless told — a value the
 * repository's secret scanner does not mistake for a real key), the catalogue, the starting customers.
 * A key starting `sk_live_` makes records `livemode: true`, as the real key decides livemode.
 *
 * @example
 * ```ts
 * const state = createStandInState({ prices: [myPrice] });
 * state.addCustomer({ externalId: 'user_1' });
 * ```
 */
export function createStandInState(options: FlowgladStandInOptions = {}): StandInState {
  const apiKey = options.apiKey ?? 'sk_test_local-stand-in';
  const initialCustomers = options.customers ?? [];
  const state: StandInState = {
    apiKey,
    baseUrl: 'http://127.0.0.1',
    organizationId: 'org_stand_in',
    pricingModelId: 'pricing_model_stand_in',
    livemode: apiKey.startsWith('sk_live_'),
    prices: [...(options.prices ?? DEFAULT_STAND_IN_PRICES)],
    subscriptions: [...(options.subscriptions ?? [])],
    customers: new Map(),
    sessions: new Map(),
    failures: [],
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
      return customer;
    },
    reset() {
      state.customers.clear();
      state.sessions.clear();
      state.failures.length = 0;
      for (const customer of initialCustomers) state.addCustomer(customer);
    },
  };
  state.reset();
  return state;
}
