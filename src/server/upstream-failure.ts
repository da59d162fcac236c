import type { CheckoutIssue } from '../core/checkout-error';
import type { CheckoutHandlerStage } from './checkout-session-handler-options';
import { SHOPPER_MESSAGES } from './shopper-messages';

/**
 * The error classes of `@flowglad/node` this library tells apart (the loaded module itself fits).
 *
 * @example
 * ```ts
 * const classes: FlowgladErrorClasses = await import('@flowglad/node');
 * ```
 */
export interface FlowgladErrorClasses {
  APIError: abstract new (...args: never[]) => Error & { status: number | undefined; error: unknown };
  APIUserAbortError: abstract new (...args: never[]) => Error;
  APIConnectionTimeoutError: abstract new (...args: never[]) => Error;
}

/**
 * How a call to Flowglad went wrong, in the handler's terms (see the example for the statuses):
 * - `rejected` — Flowglad answered 400 to the checkout: the input (price, slug, subscription…) is wrong;
 * - `unavailable` — a bad key (401/403), any other status, or Flowglad unreachable;
 * - `timeout` — no answer within the handler's `timeoutMs`;
 * - `customer_not_found` — Flowglad does not know the customer (deleted since it was remembered).
 *
 * @example
 * ```ts
 * const status = { rejected: 400, unavailable: 502, timeout: 504, customer_not_found: 502 }[failure.kind];
 * ```
 */
export type UpstreamFailureKind = 'rejected' | 'unavailable' | 'timeout' | 'customer_not_found';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** Flowglad's zod issues, with paths made relative to `checkoutSession` as the client's own issues are. */
const toIssues = (value: unknown[]): CheckoutIssue[] =>
  value.map((issue) => {
    const path = isObject(issue) && Array.isArray(issue.path) ? [...issue.path] : [];
    if (path[0] === 'checkoutSession') path.shift();
    const message = isObject(issue) && typeof issue.message === 'string' ? issue.message : String(issue);
    return { path: path.filter((key) => typeof key === 'string' || typeof key === 'number'), message };
  });

/**
 * A failed call to Flowglad, classified. `cause` is the original `@flowglad/node` error (with its
 * `status` and body) for `onError`; `shopperMessage` and `issues` are all the browser may see.
 *
 * @example
 * ```ts
 * try { await upstream.createCheckoutSession(session, customer) }
 * catch (error) { if (error instanceof UpstreamFailure && error.kind === 'timeout') return gatewayTimeout() }
 * ```
 */
export class UpstreamFailure extends Error {
  override readonly name = 'UpstreamFailure';

  constructor(
    readonly kind: UpstreamFailureKind,
    readonly stage: CheckoutHandlerStage,
    readonly shopperMessage: string,
    options: { cause: unknown; issues?: CheckoutIssue[] },
  ) {
    super(`Flowglad call failed at ${stage}: ${kind}`, { cause: options.cause });
    if (options.issues) this.issues = options.issues;
  }

  readonly issues?: CheckoutIssue[];

  /** Classifies whatever a `@flowglad/node` call threw. */
  static from(error: unknown, stage: CheckoutHandlerStage, classes: FlowgladErrorClasses): UpstreamFailure {
    if (error instanceof UpstreamFailure) return error;
    const unavailable = SHOPPER_MESSAGES.upstream_error;
    if (error instanceof classes.APIUserAbortError || error instanceof classes.APIConnectionTimeoutError) {
      return new UpstreamFailure(
        'timeout',
        stage,
        'The payment provider took too long to answer. Please try again.',
        {
          cause: error,
        },
      );
    }
    if (!(error instanceof classes.APIError) || error.status !== 400) {
      return new UpstreamFailure('unavailable', stage, unavailable, { cause: error });
    }
    const reason = isObject(error.error) ? error.error.error : undefined;
    // "Required customer not found for Product checkout…", "Customer is required for … checkout sessions"
    if (typeof reason === 'string' && /^(required customer not found|customer is required)\b/i.test(reason)) {
      return new UpstreamFailure('customer_not_found', stage, unavailable, { cause: error });
    }
    // A 400 to the customer calls means our own request was wrong: not the shopper's to fix.
    if (stage !== 'create_session')
      return new UpstreamFailure('unavailable', stage, unavailable, { cause: error });
    if (Array.isArray(reason) && reason.length > 0) {
      const issues = toIssues(reason);
      const detail = issues.map(
        (issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message,
      );
      return new UpstreamFailure(
        'rejected',
        stage,
        `Flowglad refused the checkout: ${detail.join('; ')}`.slice(0, 300),
        {
          cause: error,
          issues,
        },
      );
    }
    const text =
      typeof reason === 'string' && reason.trim() ? reason.trim() : 'the checkout input was refused';
    return new UpstreamFailure('rejected', stage, `Flowglad refused the checkout: ${text}`.slice(0, 300), {
      cause: error,
    });
  }
}
