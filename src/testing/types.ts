import type { SessionStatus } from '../core/types';

/**
 * A price in the stand-in's catalogue. `unitPrice` is in the currency's smallest unit (cents).
 * `usage` prices exist so you can check they are refused for checkout, as Flowglad refuses them; a
 * `default` price is the free plan every new customer is put on, and cannot be checked out either.
 *
 * @example
 * ```ts
 * const price: StandInPrice = { id: 'price_tee', slug: 'tee', name: 'T-shirt', unitPrice: 2500, currency: 'usd', type: 'single_payment' };
 * ```
 */
export interface StandInPrice {
  id: string;
  slug: string;
  name: string;
  unitPrice: number;
  /** ISO 4217 code, lower case. @defaultValue `'usd'` */
  currency?: string;
  type: 'single_payment' | 'subscription' | 'usage';
  /** For subscriptions: the billing period shown on the hosted page. @defaultValue `'month'` */
  intervalUnit?: 'day' | 'week' | 'month' | 'year';
  /** The pricing model's default (free) product: new customers get it, checkout refuses it. */
  default?: boolean;
  /**
   * `false` for a price you retired. Flowglad still sells it (checkout creates a session and its page
   * takes the payment), and so does the stand-in: refuse it in your route's `authorize`.
   * @defaultValue true
   */
  active?: boolean;
}

/**
 * A subscription, for `activate_subscription` and `add_payment_method` checkouts. Paying a checkout
 * for a subscription price adds one; archiving its customer cancels it.
 *
 * @example
 * ```ts
 * const subscription: StandInSubscription = { id: 'sub_1', customerExternalId: 'user_1', priceId: 'price_pro' };
 * ```
 */
export interface StandInSubscription {
  id: string;
  customerExternalId: string;
  priceId: string;
  /**
   * Only an `active` paid subscription makes Flowglad's checkout page send its customer straight back
   * (an `incomplete` one, never paid, does not).
   * @defaultValue `'active'`
   */
  status?: 'active' | 'incomplete' | 'canceled';
}

/**
 * A Flowglad customer as the API returns it.
 *
 * @example
 * ```ts
 * const customer: StandInCustomer | undefined = standIn.customers.get('user_1');
 * ```
 */
export interface StandInCustomer {
  id: string;
  createdAt: number;
  updatedAt: number;
  livemode: boolean;
  organizationId: string;
  pricingModelId: string;
  email: string;
  name: string;
  externalId: string;
  invoiceNumberBase: string | null;
  archived: boolean;
  logoURL: string | null;
  iconURL: string | null;
  domain: string | null;
  billingAddress: null;
  userId: string | null;
}

/**
 * A checkout session as the API returns it: epoch-millisecond timestamps, 24 h expiry, ids
 * `chckt_session_…`.
 *
 * @example
 * ```ts
 * const [session] = standIn.sessions.values();
 * expect(session?.status).toBe('open');
 * ```
 */
export interface StandInCheckoutSession {
  id: string;
  createdAt: number;
  updatedAt: number;
  expires: number;
  livemode: boolean;
  organizationId: string;
  pricingModelId: string;
  status: SessionStatus;
  type: 'product' | 'add_payment_method' | 'activate_subscription';
  priceId: string | null;
  quantity: number;
  /** `null` for an anonymous (guest) product checkout until it is paid. */
  customerId: string | null;
  customerName: string | null;
  customerEmail: string | null;
  successUrl: string;
  cancelUrl: string;
  outputMetadata: Record<string, string | number | boolean> | null;
  outputName: string | null;
  targetSubscriptionId: string | null;
  automaticallyUpdateSubscriptions: boolean | null;
  preserveBillingCycleAnchor: boolean;
  billingAddress: null;
  purchaseId: null;
  invoiceId: null;
  discountId: null;
  paymentMethodType: null;
  [field: string]: unknown;
}

/**
 * One request the stand-in received, in order of arrival — the API's and the hosted pages'.
 *
 * @example
 * ```ts
 * const creates = standIn.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/checkout-sessions');
 * ```
 */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/api/v1/customers/user_1`. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The parsed JSON body, else its text, else `undefined` (no body). */
  body: unknown;
  /** The status the stand-in answered (set once answered). */
  status?: number;
}

/**
 * How paying on a hosted page ends: `succeeded` (a card), `pending` (a bank debit still settling) or
 * `failed` (declined).
 *
 * @example
 * ```ts
 * standIn.queuePaymentOutcome('pending');
 * ```
 */
export type StandInPaymentOutcome = 'succeeded' | 'pending' | 'failed';

/**
 * Settings of {@link startFlowgladStandIn}. All optional.
 *
 * @example
 * ```ts
 * const standIn = await startFlowgladStandIn({ refusalStatus: 400, prices: [{ id: 'price_1', slug: 'one', name: 'One', unitPrice: 100, type: 'single_payment' }] });
 * ```
 */
export interface FlowgladStandInOptions {
  /** The secret key it accepts (as `Authorization: <key>` or `Bearer <key>`). @defaultValue `'sk_test_local-stand-in'` */
  apiKey?: string;
  /** Port on 127.0.0.1. @defaultValue a free port */
  port?: number;
  /** The price catalogue. @defaultValue {@link DEFAULT_STAND_IN_PRICES} */
  prices?: StandInPrice[];
  /**
   * Customers that exist from the start (by external id, with optional name and email). Flowglad
   * accepts an email that is `""` or not an email, and so does the stand-in; their checkout pages fail.
   */
  customers?: { externalId: string; name?: string; email?: string }[];
  /** Subscriptions that exist from the start. */
  subscriptions?: StandInSubscription[];
  /** Delay before every answer, in milliseconds (can be changed later on the handle). @defaultValue 0 */
  latencyMs?: number;
  /**
   * The status of a business-rule refusal (unknown price, usage price, unknown slug, customer not
   * found, target subscription not found…): `500` with code `INTERNAL_SERVER_ERROR` or `400` with
   * `BAD_REQUEST` — Flowglad's API may answer either, so test your route under both. An unknown
   * checkout session id follows suit: 500, or 404 `NOT_FOUND`.
   * @defaultValue 500
   */
  refusalStatus?: 400 | 500;
  /**
   * When `false`, a customer with an active paid subscription who opens the page of a checkout for a
   * subscription price (an `activate_subscription` one too) is sent straight to `successUrl`, unpaid, as
   * Flowglad does for organizations that allow one subscription per customer.
   * @defaultValue false
   */
  allowMultipleSubscriptionsPerCustomer?: boolean;
}

/**
 * A running Flowglad stand-in: where it listens, what it holds, what it saw, and controls for tests.
 *
 * @example
 * ```ts
 * const standIn = await startFlowgladStandIn();
 * process.env.FLOWGLAD_BASE_URL = standIn.url;
 * process.env.FLOWGLAD_SECRET_KEY = standIn.apiKey;
 * // …
 * await standIn.close();
 * ```
 */
export interface FlowgladStandIn {
  /** `http://127.0.0.1:<port>` — use as `baseUrl`; checkout URLs point here too. */
  readonly url: string;
  readonly apiKey: string;
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[];
  /** Checkout sessions by id. */
  readonly sessions: Map<string, StandInCheckoutSession>;
  /** Active (not archived) customers by external id. Use {@link FlowgladStandIn.archiveCustomer} to remove one. */
  readonly customers: Map<string, StandInCustomer>;
  readonly prices: StandInPrice[];
  readonly subscriptions: StandInSubscription[];
  /** Delay before every answer, in milliseconds. */
  latencyMs: number;
  /**
   * The next `times` API requests (after the key check) answer `status` in the shape Flowglad uses for
   * it: 500 `{"error":"Internal server error"}`, 403/409 JSON with a code, 401 plain text; 502–504 an
   * HTML page, as a gateway in front of it would send.
   */
  failNext(status: number, times?: number): void;
  /**
   * Archives a customer, as `POST /api/v1/customers/{externalId}/archive` does (Flowglad never deletes
   * customers): it disappears from `GET`, its subscriptions are canceled and its external id is free
   * to be created again. Returns the archived record, or `undefined` when there is no such customer.
   */
  archiveCustomer(externalId: string): StandInCustomer | undefined;
  /** How the next `times` payments on a hosted page end (then `succeeded` again). */
  queuePaymentOutcome(outcome: StandInPaymentOutcome, times?: number): void;
  /** The API requests (under `/api/v1/`) received, oldest first. */
  apiRequests(): RecordedRequest[];
  /** Forgets requests, sessions, customers, subscriptions and queued failures; back to the starting state. */
  reset(): void;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}
