import type { CheckoutIssue } from '../core/checkout-error';
import { REJECTION_SENTENCES, ROUTE_ERRORS } from '../core/route-errors';
import type { CheckoutHandlerErrorCode, CheckoutHandlerStage } from './types';

/** Why a checkout could not go on, in the route's terms (`callback`: the app's own callback failed). */
export type RouteFailureKind =
  | 'rejected'
  | 'email_required'
  | 'rate_limited'
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
  email_required: 'email_required',
  rate_limited: 'rate_limited',
  customer_missing: 'upstream_error',
  session_not_found: 'no_checkout_session',
  unavailable: 'upstream_error',
  invalid_answer: 'upstream_error',
  timeout: 'upstream_timeout',
  aborted: 'request_timeout',
  callback: 'internal_error',
  internal: 'internal_error',
} as const satisfies Record<RouteFailureKind, CheckoutHandlerErrorCode>;

/** A failure for both audiences: the browser's code and sentence, the developer's stage and `cause`. */
export class RouteFailure extends Error {
  override readonly name = 'RouteFailure';
  readonly code: CheckoutHandlerErrorCode;
  readonly shopperMessage: string;
  readonly issues?: CheckoutIssue[];

  constructor(
    readonly kind: RouteFailureKind,
    readonly stage: CheckoutHandlerStage,
    options: { cause: unknown; issues?: CheckoutIssue[]; shopper?: keyof typeof REJECTION_SENTENCES },
  ) {
    super(`Checkout failed at ${stage}: ${kind}`, { cause: options.cause });
    this.code = CODES[kind];
    this.shopperMessage = options.shopper
      ? REJECTION_SENTENCES[options.shopper]
      : ROUTE_ERRORS[this.code].sentence;
    if (options.issues) this.issues = options.issues;
  }
}
