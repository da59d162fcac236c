import * as z from 'zod/mini';
import type { CheckoutIssue } from '../core/checkout-error';
import { type CheckoutSessionBody, validateCheckoutSession } from '../core/checkout-schema';
import { isObject } from '../core/is-object';
import { toAllowedRedirectUrl } from '../core/redirect-rule';
import { RELAY_LIMITS } from './defaults';
import { errorResponse } from './error-response';

type Parsed = { ok: true; session: CheckoutSessionBody } | { ok: false; response: Response };

/** The request body, strictly: `{ checkoutSession }` and nothing beside it (never a customer). */
const checkoutRequestSchema = /* @__PURE__ */ z.strictObject({ checkoutSession: z.optional(z.unknown()) });

/** What is wrong with the envelope: not an object, or one issue per key beside `checkoutSession`. */
function envelopeIssues(body: unknown): CheckoutIssue[] {
  const parsed = z.safeParse(checkoutRequestSchema, body);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') {
      return [{ path: [], message: 'send an object: { checkoutSession: { type, … } }' }];
    }
    return issue.keys.map((key) => ({
      path: [key],
      message: `remove ${key}: only checkoutSession is accepted (the customer is decided by the server)`,
    }));
  });
}

/** Puts each return URL in its normalised form, or says it is not on one of `origins`. */
function checkReturnUrls(session: CheckoutSessionBody, origins: readonly string[]): CheckoutIssue[] {
  const issues: CheckoutIssue[] = [];
  for (const field of ['successUrl', 'cancelUrl'] as const) {
    const url = toAllowedRedirectUrl(session[field], origins);
    if (url) session[field] = url;
    else issues.push({ path: [field], message: `${field} must be a URL on ${origins.join(' or ')}` });
  }
  return issues;
}

const refuse = (code: 'invalid_input' | 'redirect_not_allowed', issues: CheckoutIssue[]): Parsed => ({
  ok: false,
  response: errorResponse(code, { issues: issues.slice(0, RELAY_LIMITS.issues) }),
});

/** The route trusts a body only once it passes the browser's own schema and its return URLs are the shop's. */
export function parseCheckoutRequest(body: unknown, origins: readonly string[]): Parsed {
  const envelope = envelopeIssues(body);
  // Not an object: there is no session to check.
  if (!isObject(body)) return refuse('invalid_input', envelope);
  const checked = validateCheckoutSession(body.checkoutSession);
  if (!checked.ok) return refuse('invalid_input', [...envelope, ...checked.issues]);
  if (envelope.length > 0) return refuse('invalid_input', envelope);
  const redirectIssues = checkReturnUrls(checked.data, origins);
  if (redirectIssues.length > 0) return refuse('redirect_not_allowed', redirectIssues);
  return { ok: true, session: checked.data };
}
