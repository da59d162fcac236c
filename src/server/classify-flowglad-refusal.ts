/** What a Flowglad refusal means for the route. */
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

/** Read from the message: the status (500 or 400) does not tell a refusal from a crash. */
export function classifyFlowgladRefusal(message: unknown): FlowgladRefusalKind | undefined {
  if (typeof message !== 'string') return undefined;
  const text = message.trim();
  return REFUSALS.find(([pattern]) => pattern.test(text))?.[1];
}
