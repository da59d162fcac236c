import type { CheckoutIssue } from '../core/checkout-error';
import { SHOPPER_MESSAGES } from '../core/shopper-messages';
import type { CheckoutRouteErrorCode } from '../core/types';

// When each is answered: the README's Security table.
const STATUSES = {
  method_not_allowed: 405,
  unsupported_media_type: 415,
  payload_too_large: 413,
  request_timeout: 408,
  invalid_json: 400,
  forbidden_origin: 403,
  invalid_input: 400,
  redirect_not_allowed: 400,
  unauthenticated: 401,
  forbidden: 403,
  email_required: 403,
  rate_limited: 429,
  checkout_rejected: 400,
  no_checkout_session: 404,
  upstream_error: 502,
  upstream_timeout: 504,
  internal_error: 500,
} as const satisfies Record<CheckoutRouteErrorCode, number>;

/** The one home of a refusal's status and body, for the handler and for the MSW handlers of `/testing`. */
export function routeError(
  code: CheckoutRouteErrorCode,
  message: string = SHOPPER_MESSAGES[code],
  issues?: CheckoutIssue[],
): {
  status: number;
  body: { error: { code: CheckoutRouteErrorCode; message: string; issues?: CheckoutIssue[] } };
} {
  const error = issues ? { code, message, issues } : { code, message };
  return { status: STATUSES[code], body: { error } };
}
