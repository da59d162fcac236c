import type { CheckoutIssue } from '../core/checkout-error';
import { SHOPPER_MESSAGES } from './shopper-messages';
import type { CheckoutHandlerErrorCode, CheckoutHandlerStage } from './types';

/**
 * Why a checkout could not go on, in the route's terms:
 * - `rejected` — Flowglad refused the checkout itself (unknown price, wrong subscription, bad input);
 * - `customer_missing` — Flowglad does not know the customer (recovered from when possible);
 * - `session_not_found` — the checkout session to confirm is unknown or deleted;
 * - `unavailable` — a bad key, an outage, an unreachable or misbehaving Flowglad;
 * - `invalid_answer` — Flowglad said yes with an answer that cannot be trusted (no id, a foreign url);
 * - `timeout` — the deadline passed;
 * - `aborted` — the shopper went away (nobody hears the answer);
 * - `callback` — the app's own `getCustomer`, `guestCheckout` or `authorize` threw or never settled;
 * - `internal` — anything else: `@flowglad/node` missing, a bug.
 *
 * @example
 * ```ts
 * if (failure.kind === 'customer_missing') await createCustomer();
 * ```
 */
export type RouteFailureKind =
  | 'rejected'
  | 'customer_missing'
  | 'session_not_found'
  | 'unavailable'
  | 'invalid_answer'
  | 'timeout'
  | 'aborted'
  | 'callback'
  | 'internal';

const CODES = {
  rejected: 'checkout_rejected',
  customer_missing: 'upstream_error',
  session_not_found: 'no_checkout_session',
  unavailable: 'upstream_error',
  invalid_answer: 'upstream_error',
  timeout: 'upstream_timeout',
  aborted: 'request_timeout',
  callback: 'internal_error',
  internal: 'internal_error',
} as const satisfies Record<RouteFailureKind, CheckoutHandlerErrorCode>;

/**
 * A checkout that could not go on: what the browser is answered (the code, a sentence from
 * {@link SHOPPER_MESSAGES}, field `issues`), and for the developer the stage and the original error
 * as `cause`.
 *
 * @example
 * ```ts
 * throw new RouteFailure('callback', 'get_customer', { cause: error });
 * ```
 */
export class RouteFailure extends Error {
  override readonly name = 'RouteFailure';
  readonly code: CheckoutHandlerErrorCode;
  readonly shopperMessage: string;
  readonly issues?: CheckoutIssue[];

  constructor(
    readonly kind: RouteFailureKind,
    readonly stage: CheckoutHandlerStage,
    options: { cause: unknown; issues?: CheckoutIssue[]; shopper?: keyof typeof SHOPPER_MESSAGES },
  ) {
    super(`Checkout failed at ${stage}: ${kind}`, { cause: options.cause });
    this.code = CODES[kind];
    this.shopperMessage = SHOPPER_MESSAGES[options.shopper ?? this.code];
    if (options.issues) this.issues = options.issues;
  }
}
