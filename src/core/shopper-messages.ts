import type { CheckoutRouteErrorCode } from './types';

/**
 * The one table of what the route tells shoppers: short, free of anything the request or Flowglad said.
 * The MSW handlers of `/testing` use it too, so stories and tests show what the real route says.
 */
export const SHOPPER_MESSAGES = {
  method_not_allowed:
    'This checkout address does not accept that request. Please reload the page and try again.',
  unsupported_media_type: 'The checkout request could not be read. Please reload the page and try again.',
  payload_too_large: 'The checkout request is too large. Please reload the page and try again.',
  request_timeout: 'The checkout request took too long to arrive. Please try again.',
  invalid_json: 'The checkout request could not be read. Please reload the page and try again.',
  forbidden_origin:
    'This checkout request came from another site and was refused. Start checkout from the shop itself.',
  invalid_input: 'Some checkout details are not valid. Please reload the page and try again.',
  redirect_not_allowed: 'This checkout cannot return to this page. Please contact the shop.',
  unauthenticated: 'Please sign in to continue to checkout.',
  forbidden: 'This purchase is not available for your account.',
  email_required: 'Add an email address to your account to check out.',
  rate_limited: 'Too many checkout attempts. Please wait a moment and try again.',
  checkout_rejected: 'This checkout could not be started. Please contact the shop.',
  rejected_price: 'This product cannot be bought right now. Please contact the shop.',
  rejected_subscription: 'This subscription cannot be changed from here. Please contact the shop.',
  no_checkout_session: 'No recent checkout was found in this browser.',
  upstream_error: 'Checkout is unavailable right now. Please try again in a few minutes.',
  upstream_timeout: 'The payment provider took too long to answer. Please try again.',
  internal_error: 'Something went wrong while starting checkout. Please try again.',
} as const satisfies Record<CheckoutRouteErrorCode | 'rejected_price' | 'rejected_subscription', string>;
