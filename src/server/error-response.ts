import type { CheckoutIssue } from '../core/checkout-error';
import { jsonResponse } from './json-response';

/**
 * The `error.code` of every refusal the handler answers, with its status:
 * `method_not_allowed` 405, `unsupported_media_type` 415, `payload_too_large` 413, `invalid_json` 400,
 * `forbidden_origin` 403, `invalid_input` 400, `redirect_not_allowed` 400, `unauthenticated` 401,
 * `forbidden` 403, `checkout_rejected` 400 (Flowglad refused the input), `upstream_error` 502,
 * `upstream_timeout` 504, `internal_error` 500.
 *
 * @example
 * ```ts
 * if (body.error.code === 'unauthenticated') redirectToSignIn();
 * ```
 */
export type CheckoutHandlerErrorCode =
  | 'method_not_allowed'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'invalid_json'
  | 'forbidden_origin'
  | 'invalid_input'
  | 'redirect_not_allowed'
  | 'unauthenticated'
  | 'forbidden'
  | 'checkout_rejected'
  | 'upstream_error'
  | 'upstream_timeout'
  | 'internal_error';

/**
 * A refusal as JSON `{ error: { code, message, issues? } }` — the shape the client library reads — with
 * `Cache-Control: no-store`. `message` is shown to shoppers: keep it short and free of details.
 *
 * @example
 * ```ts
 * return errorResponse(401, 'unauthenticated', 'Please sign in to continue to checkout.');
 * ```
 */
export function errorResponse(
  status: number,
  code: CheckoutHandlerErrorCode,
  message: string,
  options: { issues?: CheckoutIssue[]; headers?: HeadersInit } = {},
): Response {
  const error = options.issues ? { code, message, issues: options.issues } : { code, message };
  return jsonResponse(status, { error }, options.headers);
}
