/** What a Flowglad refusal means for the route (`refused`: permanent, for a reason the shopper is not told). */
export type FlowgladRefusalKind =
  | 'customer_missing'
  | 'price'
  | 'subscription'
  | 'refused'
  | 'session_not_found';

// Flowglad's own words, matched anywhere in the message: it already wraps some errors
// (`Unwrap called on Err: Panic: …`), and one more wrapper must not turn a refusal into "try again".
// The first match wins, so the specific reasons come before the catch-all `Invalid <field>:`.
const REFUSALS: readonly (readonly [RegExp, FlowgladRefusalKind])[] = [
  // A subscription to activate cannot belong to a customer Flowglad does not know: no recovery.
  [/\bcustomer is required for activate subscription\b/i, 'subscription'],
  [
    /\b(?:required customer not found|customer is required (?:to resolve price slug|for add payment method))\b/i,
    'customer_missing',
  ],
  [/\bno checkout sessions? found with id\b/i, 'session_not_found'],
  [
    /\binvalid priceid:\s*(?:invalid or not-found price id\b|checkout sessions are only supported for product prices\b)/i,
    'price',
  ],
  [/\binvalid priceslug:\s*price with slug\b.*\bnot found\b/i, 'price'],
  [/\binvalid product:\s*checkout sessions cannot be created for default products\b/i, 'price'],
  [
    /\b(?:invalid targetsubscriptionid:\s*)?target subscription \S+ (?:not found|does not belong to|does not have an associated price)\b/i,
    'subscription',
  ],
  // Any other business rule Flowglad enforces (`Invalid organization: …` for a live-mode organization
  // that cannot take payments included).
  [/\binvalid [a-z]+:\s/i, 'refused'],
  // Stripe's refusals of what Flowglad asked it for (an amount over its limit, a stale customer id, an
  // account that cannot charge), which Flowglad relays in Stripe's words.
  [
    /\b(?:amount must be (?:no more|at least|greater|less)\b|invalid integer:|no such (?:customer|price|product|payment_method|setup_intent|payment_intent|account)\b|cannot currently make (?:live )?charges\b)/i,
    'refused',
  ],
];

/** Read from the message: the status (500 or 400) does not tell a refusal from a crash. */
export function classifyFlowgladRefusal(message: unknown): FlowgladRefusalKind | undefined {
  if (typeof message !== 'string') return undefined;
  return REFUSALS.find(([pattern]) => pattern.test(message))?.[1];
}
