import type { CheckoutIssue } from '../core/checkout-error';
import { SHOPPER_MESSAGES } from '../core/shopper-messages';
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
    options: { cause: unknown; issues?: CheckoutIssue[]; shopper?: keyof typeof SHOPPER_MESSAGES },
  ) {
    super(`Checkout failed at ${stage}: ${kind}`, { cause: options.cause });
    this.code = CODES[kind];
    this.shopperMessage = SHOPPER_MESSAGES[options.shopper ?? this.code];
    if (options.issues) this.issues = options.issues;
  }
}
