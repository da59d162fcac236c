import type {
  RecordedRequest,
  StandInCheckoutSession,
  StandInCustomer,
  StandInPaymentOutcome,
  StandInPrice,
  StandInSubscription,
} from './stand-in-records';

export type {
  RecordedRequest,
  StandInCheckoutSession,
  StandInCustomer,
  StandInPaymentOutcome,
  StandInPrice,
  StandInSubscription,
} from './stand-in-records';

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
  /** Customers that exist from the start (by external id, with optional name and email). */
  customers?: { externalId: string; name?: string; email?: string }[];
  /** Subscriptions that exist from the start. */
  subscriptions?: StandInSubscription[];
  /** Delay before every answer, in milliseconds (can be changed later on the handle). @defaultValue 0 */
  latencyMs?: number;
  /**
   * The status of a business-rule refusal (unknown price, usage price, unknown slug, customer not
   * found, target subscription not found…): `500` with code `INTERNAL_SERVER_ERROR`, which Flowglad's
   * server most likely sends, or `400` with `BAD_REQUEST`, the other reading of its code. An unknown
   * checkout session id follows suit: 500, or 404 `NOT_FOUND`. Test your route under both.
   * @defaultValue 500
   */
  refusalStatus?: 400 | 500;
  /**
   * When `false`, a customer with an active paid subscription who opens a checkout for another
   * subscription price is sent straight to `successUrl`, unpaid, as Flowglad does for organizations that
   * allow one subscription per customer.
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
