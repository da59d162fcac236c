/**
 * What went wrong, as a stable string you can switch on.
 *
 * - `invalid_input` — the input or an option failed validation; no request was sent.
 * - `network` — the request could not be sent or the connection failed.
 * - `timeout` — the call did not finish within `timeoutMs`.
 * - `aborted` — the request was cancelled (an `AbortSignal`, the component unmounted, a press released
 *   off the button).
 * - `http` — the checkout route answered with a non-2xx status (see `status` and `routeCode`).
 * - `invalid_response` — the route answered, but not with what was asked for (or with a redirect,
 *   which is never followed).
 * - `unsafe_redirect` — the returned `url` is not an allowed redirect target; nothing was navigated.
 * - `navigation_failed` — the session exists but `navigate` threw; the shopper is still on the page.
 */
export type CheckoutErrorCode =
  | 'invalid_input'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'invalid_response'
  | 'unsafe_redirect'
  | 'navigation_failed';

/**
 * The route's codes at run time: the client trusts a route's shopper message only under one of them.
 * Each has its status and sentence in `route-errors.ts`, which the compiler holds to this list.
 */
export const CHECKOUT_ROUTE_ERROR_CODES = [
  'method_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'request_timeout',
  'invalid_json',
  'forbidden_origin',
  'invalid_input',
  'redirect_not_allowed',
  'unauthenticated',
  'forbidden',
  'email_required',
  'rate_limited',
  'checkout_rejected',
  'no_checkout_session',
  'upstream_error',
  'upstream_timeout',
  'internal_error',
] as const;

/**
 * The `error.code` of every refusal your checkout route (`react-flowglad-checkout/server`) answers with;
 * the status for each is in the README's Security table. On the client it arrives as
 * `CheckoutError.routeCode`.
 *
 * @example
 * ```ts
 * if (error.routeCode === 'unauthenticated') redirectToSignIn();
 * ```
 */
export type CheckoutRouteErrorCode = (typeof CHECKOUT_ROUTE_ERROR_CODES)[number];

/** One problem with one field: `path` leads to the field (`['quantity']`), `message` says what is wrong. */
export interface CheckoutIssue {
  path: (string | number)[];
  message: string;
}

/** What a {@link CheckoutError} may carry besides its code and message. */
export interface CheckoutErrorOptions {
  status?: number;
  issues?: CheckoutIssue[];
  routeCode?: CheckoutRouteErrorCode;
  cause?: unknown;
}

/**
 * The one error this library throws or reports. `code` (and `routeCode`) are the API; `message` is
 * developer text that says what to do. What a shopper sees comes from {@link defaultErrorMessage}.
 *
 * @example
 * ```ts
 * const { error } = useCreateCheckoutSession();
 * if (error?.routeCode === 'unauthenticated') showSignIn();
 * ```
 */
export class CheckoutError extends Error {
  override readonly name = 'CheckoutError';
  /** What went wrong, stable across releases. */
  declare readonly code: CheckoutErrorCode;
  /** The HTTP status of the checkout route's answer, when there was one. */
  declare readonly status?: number;
  /** Field-level problems, from local validation or from the route's answer. */
  declare readonly issues?: CheckoutIssue[];
  /**
   * The route's own error code (`unauthenticated`, `checkout_rejected`, …) when it refused in its JSON
   * envelope; `message` is then the route's shopper-safe text and the details are in `issues`.
   */
  declare readonly routeCode?: CheckoutRouteErrorCode;

  constructor(code: CheckoutErrorCode, message: string, options: CheckoutErrorOptions = {}) {
    super(message, options);
    this.code = code;
    this.status = options.status;
    this.issues = options.issues;
    this.routeCode = options.routeCode;
  }
}

/**
 * Tells whether a value is a {@link CheckoutError}, optionally with a given code. Works across
 * bundle copies (it checks the shape, not only the class).
 *
 * @example
 * ```ts
 * try { await createCheckoutSession(input) } catch (e) { if (isCheckoutError(e, 'timeout')) retryLater() }
 * ```
 */
export function isCheckoutError(value: unknown, code?: CheckoutErrorCode): value is CheckoutError {
  return (
    value instanceof Error &&
    value.name === 'CheckoutError' &&
    typeof (value as CheckoutError).code === 'string' &&
    (code === undefined || (value as CheckoutError).code === code)
  );
}
