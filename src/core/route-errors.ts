import type { CheckoutIssue, CheckoutRouteErrorCode } from './checkout-error';

/**
 * The one table of the route's refusals: for each code, the HTTP status it is answered with (the
 * README's Security table says when) and what a shopper reads — short, free of anything the request or
 * Flowglad said. The route, the MSW handlers of `/testing` (so stories and tests show what the real
 * route says) and a refused form post's alert all read it. Only the lazily loaded
 * `take-refusal-sentence.ts` brings it to the browser.
 */
export const ROUTE_ERRORS = {
  method_not_allowed: {
    status: 405,
    sentence: 'This checkout address does not accept that request. Please reload the page and try again.',
  },
  unsupported_media_type: {
    status: 415,
    sentence: 'The checkout request could not be read. Please reload the page and try again.',
  },
  payload_too_large: {
    status: 413,
    sentence: 'The checkout request is too large. Please reload the page and try again.',
  },
  request_timeout: {
    status: 408,
    sentence: 'The checkout request took too long to arrive. Please try again.',
  },
  invalid_json: {
    status: 400,
    sentence: 'The checkout request could not be read. Please reload the page and try again.',
  },
  forbidden_origin: {
    status: 403,
    sentence:
      'This checkout request came from another site and was refused. Start checkout from the shop itself.',
  },
  invalid_input: {
    status: 400,
    sentence: 'Some checkout details are not valid. Please reload the page and try again.',
  },
  redirect_not_allowed: {
    status: 400,
    sentence: 'This checkout cannot return to this page. Please contact the shop.',
  },
  unauthenticated: { status: 401, sentence: 'Please sign in to continue to checkout.' },
  forbidden: { status: 403, sentence: 'This purchase is not available for your account.' },
  email_required: { status: 403, sentence: 'Add an email address to your account to check out.' },
  rate_limited: { status: 429, sentence: 'Too many checkout attempts. Please wait a moment and try again.' },
  checkout_rejected: {
    status: 400,
    sentence: 'This checkout could not be started. Please contact the shop.',
  },
  no_checkout_session: { status: 404, sentence: 'No recent checkout was found in this browser.' },
  upstream_error: {
    status: 502,
    sentence: 'Checkout is unavailable right now. Please try again in a few minutes.',
  },
  upstream_timeout: {
    status: 504,
    sentence: 'The payment provider took too long to answer. Please try again.',
  },
  internal_error: {
    status: 500,
    sentence: 'Something went wrong while starting checkout. Please try again.',
  },
} as const satisfies Record<CheckoutRouteErrorCode, { status: number; sentence: string }>;

/** What a `checkout_rejected` may say instead, when the shopper can be told why Flowglad refused. */
export const REJECTION_SENTENCES = {
  rejected_price: 'This product cannot be bought right now. Please contact the shop.',
  rejected_subscription: 'This subscription cannot be changed from here. Please contact the shop.',
} as const;

/** The JSON body of a refusal, as the route answers it and the client reads it. */
export interface RouteErrorBody {
  error: { code: CheckoutRouteErrorCode; message: string; issues?: CheckoutIssue[] };
}

/** A refusal's status and body, for the route and for the MSW handlers of `/testing`. */
export function routeError(
  code: CheckoutRouteErrorCode,
  message: string = ROUTE_ERRORS[code].sentence,
  issues?: CheckoutIssue[],
): { status: number; body: RouteErrorBody } {
  const error = issues ? { code, message, issues } : { code, message };
  return { status: ROUTE_ERRORS[code].status, body: { error } };
}
