/**
 * The words the checkout handler answers shoppers with, by error code — short, free of details, saying
 * what to do. Shared with the MSW handlers of `react-flowglad-checkout/testing`, so stories and tests
 * show what the real route says.
 *
 * @example
 * ```ts
 * errorResponse(401, 'unauthenticated', SHOPPER_MESSAGES.unauthenticated);
 * ```
 */
export const SHOPPER_MESSAGES = {
  method_not_allowed: 'Use POST to start a checkout.',
  unsupported_media_type:
    'Send the checkout request as JSON, with the header Content-Type: application/json.',
  payload_too_large:
    'The checkout request is too large. Send only the checkout fields ({ checkoutSession: { … } }).',
  forbidden_origin:
    'This checkout request came from another site and was refused. Start checkout from the shop itself.',
  redirect_not_allowed:
    'The page to return to after checkout is not on this site. Use a successUrl and cancelUrl on this site.',
  unauthenticated: 'Please sign in to continue to checkout.',
  forbidden: 'This purchase is not available for your account.',
  upstream_error: 'Checkout is unavailable right now. Please try again in a few minutes.',
  upstream_timeout: 'The payment provider took too long to answer. Please try again.',
  internal_error: 'Something went wrong while starting checkout. Please try again.',
} as const;
