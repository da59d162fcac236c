/** The route's codes at run time: the client trusts a route's shopper message only under one of them. */
export const CHECKOUT_ROUTE_ERROR_CODES = [
  'method_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'request_timeout',
  'invalid_json',
  'forbidden_origin',
  'invalid_input',
  'redirect_not_allowed',
  'unauthenticated',
  'forbidden',
  'rate_limited',
  'checkout_rejected',
  'no_checkout_session',
  'upstream_error',
  'upstream_timeout',
  'internal_error',
] as const;
