import type { CheckoutIssue } from '../core/checkout-error';
import type { CheckoutRouteErrorCode } from '../core/types';
import { jsonResponse } from './json-response';
import { routeError } from './route-error';

/**
 * The `error.code` of every refusal the handler answers (their statuses: the README's Security table).
 *
 * @example
 * ```ts
 * if (body.error.code === 'unauthenticated') redirectToSignIn();
 * ```
 */
export type CheckoutHandlerErrorCode = CheckoutRouteErrorCode;

/** A refusal as the JSON answer the client reads (see {@link routeError}), never cached. */
export function errorResponse(
  code: CheckoutHandlerErrorCode,
  options: { message?: string; issues?: CheckoutIssue[]; headers?: HeadersInit } = {},
): Response {
  const { status, body } = routeError(code, options.message, options.issues);
  return jsonResponse(status, body, options.headers);
}
