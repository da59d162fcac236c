/**
 * What a Flowglad refusal means for the route, read from its message (never from its status, which
 * is 500 or 400 depending on how Flowglad's server surfaces it):
 * - `customer_missing` — the customer does not exist (never created, or archived): create it and retry;
 * - `price` / `subscription` — the checkout itself is wrong (unknown or unbuyable price, wrong target);
 * - `session_not_found` — an unknown or deleted checkout session id.
 *
 * @example
 * ```ts
 * const kind: FlowgladRefusalKind | undefined = classifyFlowgladRefusal(body.error);
 * ```
 */
export type FlowgladRefusalKind = 'customer_missing' | 'price' | 'subscription' | 'session_not_found';

// Flowglad's own words; a prefix (`Invalid <field>:`) alone never decides, the reason after it does.
const REFUSALS: readonly (readonly [RegExp, FlowgladRefusalKind])[] = [
  [
    /^(?:invalid (?:checkoutsession|customer):\s*)?(?:required customer not found|customer is required)\b/i,
    'customer_missing',
  ],
  [
    /^invalid priceid:\s*(?:invalid or not-found price id\b|checkout sessions are only supported for product prices\b)/i,
    'price',
  ],
  [/^invalid priceslug:\s*price with slug\b.*\bnot found\b/i, 'price'],
  [/^invalid product:\s*checkout sessions cannot be created for default products\b/i, 'price'],
  [
    /^(?:invalid targetsubscriptionid:\s*)?target subscription \S+ (?:not found|does not belong to|does not have an associated price)\b/i,
    'subscription',
  ],
  [/\bno checkout sessions? found with id\b/i, 'session_not_found'],
];

/**
 * Classifies a Flowglad error message (the `error` string of its JSON body); `undefined` for any
 * message that is not one of its known refusals (a crash, a zod issue list, a gateway page).
 *
 * @example
 * ```ts
 * classifyFlowgladRefusal("Invalid checkoutSession: Required customer not found for Product checkout …"); // → 'customer_missing'
 * ```
 */
export function classifyFlowgladRefusal(message: unknown): FlowgladRefusalKind | undefined {
  if (typeof message !== 'string') return undefined;
  const text = message.trim();
  return REFUSALS.find(([pattern]) => pattern.test(text))?.[1];
}
