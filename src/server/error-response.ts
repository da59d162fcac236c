import type { CheckoutIssue } from '../core/checkout-error';
import { routeError } from '../core/route-errors';
import { jsonResponse } from './json-response';
import type { CheckoutHandlerErrorCode } from './types';

/** A refusal as the JSON answer the client reads (see {@link routeError}), never cached. */
export function errorResponse(
  code: CheckoutHandlerErrorCode,
  options: { message?: string; issues?: CheckoutIssue[]; headers?: HeadersInit } = {},
): Response {
  const { status, body } = routeError(code, options.message, options.issues);
  return jsonResponse(status, body, options.headers);
}
