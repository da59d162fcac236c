import type { CheckoutIssue } from '../core/checkout-error';
import type { CheckoutRouteErrorCode } from '../core/types';
import { SHOPPER_MESSAGES } from './shopper-messages';

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
  checkout_rejected: 400,
  no_checkout_session: 404,
  upstream_error: 502,
  upstream_timeout: 504,
  internal_error: 500,
} as const satisfies Record<CheckoutRouteErrorCode, number>;

/**
 * A refusal of the checkout route: its status, and the body `{ error: { code, message, issues? } }`
 * the client reads, `message` being the code's shopper sentence unless another one is given. The one
 * place both the handler and the MSW handlers of `/testing` take them from.
 */
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
