/**
 * What a failed call to Flowglad means for the route: a timeout, an outage, a refusal (said to the
 * shopper in their words), or the missing customer the route recovers from.
 */
import type { CheckoutIssue } from '../core/checkout-error';
import { isObject } from '../core/is-object';
import type { Deadline } from './deadline';
import { RELAY_LIMITS } from './defaults';
import { type FlowgladErrorClasses, scrubText, UpstreamAnswerTooLarge } from './flowglad-client';
import { RouteFailure, routeFailure } from './refusal';
import type { CheckoutHandlerStage } from './types';

/** The first error of class `type` in `error`'s cause chain (the client wraps what its fetch threw). */
function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof type) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const cut = (text: string, secret: string) => scrubText(text, secret).slice(0, RELAY_LIMITS.messageLength);

/** Flowglad's zod issues, capped, scrubbed, with paths relative to `checkoutSession` as the client's own. */
function toIssues(value: unknown[], secret: string): CheckoutIssue[] {
  return value.slice(0, RELAY_LIMITS.issues).map((issue) => {
    const path = isObject(issue) && Array.isArray(issue.path) ? [...issue.path] : [];
    if (path[0] === 'checkoutSession') path.shift();
    const message =
      isObject(issue) && typeof issue.message === 'string' ? issue.message : 'refused by Flowglad';
    return {
      path: path
        .filter((key) => typeof key === 'string' || typeof key === 'number')
        .slice(0, 10)
        .map((key) => (typeof key === 'string' ? cut(key, secret) : key)),
      message: cut(message, secret),
    };
  });
}

/**
 * The deadline decides first, whatever the client made of it; refusals are then read by their message,
 * since Flowglad answers a refused checkout with 500 or 400.
 */
export function classifyUpstreamError(
  error: unknown,
  stage: CheckoutHandlerStage,
  call: { classes: FlowgladErrorClasses; deadline: Deadline; secret: string },
): RouteFailure {
  if (error instanceof RouteFailure) return error;
  const { classes, deadline, secret } = call;
  if (deadline.signal.aborted) {
    return routeFailure(deadline.timedOut() ? 'timeout' : 'aborted', stage, { cause: error });
  }
  const tooLarge = findCause(error, UpstreamAnswerTooLarge);
  if (tooLarge) return routeFailure('unavailable', stage, { cause: tooLarge });
  if (error instanceof classes.APIUserAbortError || error instanceof classes.APIConnectionTimeoutError) {
    return routeFailure('timeout', stage, { cause: error });
  }
  if (!(error instanceof classes.APIError) || typeof error.status !== 'number') {
    return routeFailure('unavailable', stage, { cause: error });
  }
  const reason = isObject(error.error) ? error.error.error : undefined;
  const refused = classifyFlowgladRefusal(reason);
  if (refused === 'customer_missing') return routeFailure('customer_missing', stage, { cause: error });
  if (stage === 'get_session' && (refused === 'session_not_found' || error.status === 404)) {
    return routeFailure('session_not_found', stage, { cause: error });
  }
  if (stage !== 'create_session') return routeFailure('unavailable', stage, { cause: error });
  if (refused === 'price' || refused === 'subscription') {
    return routeFailure('rejected', stage, { cause: error, sentence: `rejected_${refused}` });
  }
  if (refused === 'refused') return routeFailure('rejected', stage, { cause: error });
  if (error.status !== 400) return routeFailure('unavailable', stage, { cause: error });
  const issues = Array.isArray(reason) ? toIssues(reason, secret) : undefined;
  return routeFailure('rejected', stage, { cause: error, ...(issues && { issues }) });
}

/** What a Flowglad refusal means for the route (`refused`: permanent, for a reason the shopper is not told). */
type FlowgladRefusalKind = 'customer_missing' | 'price' | 'subscription' | 'refused' | 'session_not_found';

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
function classifyFlowgladRefusal(message: unknown): FlowgladRefusalKind | undefined {
  if (typeof message !== 'string') return undefined;
  return REFUSALS.find(([pattern]) => pattern.test(message))?.[1];
}
