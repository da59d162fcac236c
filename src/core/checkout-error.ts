/**
 * What went wrong, as a stable string you can switch on.
 *
 * - `invalid_input` — the input failed validation; no request was sent.
 * - `network` — the request could not be sent or the connection failed.
 * - `timeout` — the checkout route did not answer within `timeoutMs`.
 * - `aborted` — the request was cancelled (an `AbortSignal`, or the component unmounted).
 * - `http` — the checkout route answered with a non-2xx status (see `status`).
 * - `invalid_response` — the route answered 2xx, but not with `{url}` as JSON.
 * - `unsafe_redirect` — the returned `url` is not an `https:` URL on an allowed origin; nothing was navigated.
 */
export type CheckoutErrorCode =
  | 'invalid_input'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'invalid_response'
  | 'unsafe_redirect';

/** One problem with one field: `path` leads to the field (`['quantity']`), `message` says what is wrong. */
export interface CheckoutIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The one error this library throws or reports. `code` is the API; `message` is for people and says
 * what to do.
 *
 * @example
 * ```ts
 * const { error } = useCreateCheckoutSession();
 * if (error?.code === 'http' && error.status === 401) showSignIn();
 * ```
 */
export class CheckoutError extends Error {
  override readonly name = 'CheckoutError';
  /** What went wrong, stable across releases. */
  readonly code: CheckoutErrorCode;
  /** The HTTP status of the checkout route's answer, when there was one. */
  readonly status?: number;
  /** Field-level problems, from local validation or from the route's answer. */
  readonly issues?: CheckoutIssue[];

  constructor(
    code: CheckoutErrorCode,
    message: string,
    options: { status?: number; issues?: CheckoutIssue[]; cause?: unknown } = {},
  ) {
    super(message, options);
    this.code = code;
    this.status = options.status;
    this.issues = options.issues;
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
