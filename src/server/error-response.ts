import type { CheckoutIssue } from '../core/checkout-error';
import type { CheckoutRouteErrorCode } from '../core/types';
import { jsonResponse } from './json-response';

/**
 * The `error.code` of every refusal the handler answers (statuses: the README's Security table).
 *
 * @example
 * ```ts
 * if (body.error.code === 'unauthenticated') redirectToSignIn();
 * ```
 */
export type CheckoutHandlerErrorCode = CheckoutRouteErrorCode;

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
