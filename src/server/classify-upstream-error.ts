import type { CheckoutIssue } from '../core/checkout-error';
import { isObject } from '../core/is-object';
import { classifyFlowgladRefusal } from './classify-flowglad-refusal';
import type { Deadline } from './create-deadline';
import { RELAY_LIMITS } from './defaults';
import { UpstreamAnswerTooLarge } from './limit-upstream-fetch';
import { RouteFailure } from './route-failure';
import { scrubText } from './scrub-secret';
import type { CheckoutHandlerStage } from './types';

/** The classes are taken from the loaded module: `@flowglad/node` is never imported statically. */
export interface FlowgladErrorClasses {
  APIError: abstract new (...args: never[]) => Error & { status: number | undefined; error: unknown };
  APIUserAbortError: abstract new (...args: never[]) => Error;
  APIConnectionTimeoutError: abstract new (...args: never[]) => Error;
}

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
  context: { classes: FlowgladErrorClasses; deadline: Deadline; secret: string },
): RouteFailure {
  if (error instanceof RouteFailure) return error;
  const { classes, deadline, secret } = context;
  if (deadline.signal.aborted) {
    return new RouteFailure(deadline.timedOut() ? 'timeout' : 'aborted', stage, { cause: error });
  }
  const tooLarge = findCause(error, UpstreamAnswerTooLarge);
  if (tooLarge) return new RouteFailure('unavailable', stage, { cause: tooLarge });
  if (error instanceof classes.APIUserAbortError || error instanceof classes.APIConnectionTimeoutError) {
    return new RouteFailure('timeout', stage, { cause: error });
  }
  if (!(error instanceof classes.APIError) || typeof error.status !== 'number') {
    return new RouteFailure('unavailable', stage, { cause: error });
  }
  const reason = isObject(error.error) ? error.error.error : undefined;
  const refusal = classifyFlowgladRefusal(reason);
  if (refusal === 'customer_missing') return new RouteFailure('customer_missing', stage, { cause: error });
  if (stage === 'get_session' && (refusal === 'session_not_found' || error.status === 404)) {
    return new RouteFailure('session_not_found', stage, { cause: error });
  }
  if (stage !== 'create_session') return new RouteFailure('unavailable', stage, { cause: error });
  if (refusal === 'price' || refusal === 'subscription') {
    return new RouteFailure('rejected', stage, { cause: error, shopper: `rejected_${refusal}` });
  }
  if (refusal === 'refused') return new RouteFailure('rejected', stage, { cause: error });
  if (error.status !== 400) return new RouteFailure('unavailable', stage, { cause: error });
  const issues = Array.isArray(reason) ? toIssues(reason, secret) : undefined;
  return new RouteFailure('rejected', stage, { cause: error, ...(issues && { issues }) });
}
