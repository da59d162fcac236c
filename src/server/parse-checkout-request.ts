import type { CheckoutIssue } from '../core/checkout-error';
import type { CheckoutSessionBody } from '../core/checkout-session-schema';
import { isObject } from '../core/is-object';
import { toAllowedRedirectUrl } from '../core/to-allowed-redirect-url';
import { validateCheckoutSession } from '../core/validate-checkout-session';
import { errorResponse } from './error-response';
import { RELAY_LIMITS } from './relay-limits';

/** The envelope, strictly: an object holding `checkoutSession` and nothing else (never a customer). */
function envelopeIssues(body: unknown): CheckoutIssue[] {
  if (!isObject(body)) return [{ path: [], message: 'send an object: { checkoutSession: { type, … } }' }];
  return Object.keys(body)
    .filter((key) => key !== 'checkoutSession')
    .map((key) => ({
      path: [key],
      message: `remove ${key}: only checkoutSession is accepted (the customer is decided by the server)`,
    }));
}

/**
 * Reads a checkout request's parsed JSON body: the envelope `{ checkoutSession }` with nothing beside it,
 * the session checked with the schema the browser uses, and `successUrl` / `cancelUrl` on one of
 * `origins` (the shop's). Returns the session to send to Flowglad (URLs normalised), or the refusal:
 * 400 `invalid_input` or `redirect_not_allowed`, with the details in `issues` (at most 20).
 *
 * @example
 * ```ts
 * const parsed = parseCheckoutRequest(await request.json(), ['https://shop.example.com']);
 * if (!parsed.ok) return parsed.response;
 * ```
 */
export function parseCheckoutRequest(
  body: unknown,
  origins: readonly string[],
): { ok: true; session: CheckoutSessionBody } | { ok: false; response: Response } {
  const checked = validateCheckoutSession(isObject(body) ? body.checkoutSession : undefined);
  const issues = [...envelopeIssues(body), ...(checked.ok || !isObject(body) ? [] : checked.issues)];
  if (!checked.ok || issues.length > 0) {
    return {
      ok: false,
      response: errorResponse('invalid_input', { issues: issues.slice(0, RELAY_LIMITS.issues) }),
    };
  }
  const session = checked.data;
  const redirectIssues: CheckoutIssue[] = [];
  for (const field of ['successUrl', 'cancelUrl'] as const) {
    const url = toAllowedRedirectUrl(session[field], origins);
    if (url) session[field] = url;
    else redirectIssues.push({ path: [field], message: `${field} must be a URL on ${origins.join(' or ')}` });
  }
  if (redirectIssues.length > 0) {
    return {
      ok: false,
      response: errorResponse('redirect_not_allowed', { issues: redirectIssues }),
    };
  }
  return { ok: true, session };
}
