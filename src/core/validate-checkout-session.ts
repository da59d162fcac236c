import * as z from 'zod/mini';
import type { CheckoutIssue } from './checkout-error';
import { type CheckoutSessionBody, checkoutSessionSchema } from './checkout-session-schema';

/**
 * Checks a value against {@link checkoutSessionSchema} and reports problems as plain
 * {@link CheckoutIssue}s — the one validation the browser and the server handler share.
 *
 * @example
 * ```ts
 * const checked = validateCheckoutSession(body.checkoutSession);
 * if (!checked.ok) return badRequest(checked.issues);
 * ```
 */
export function validateCheckoutSession(
  value: unknown,
): { ok: true; data: CheckoutSessionBody } | { ok: false; issues: CheckoutIssue[] } {
  const result = z.safeParse(checkoutSessionSchema, value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      message: issue.message,
    })),
  };
}
