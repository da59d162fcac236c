import * as z from 'zod/mini';
import type { CheckoutIssue } from './checkout-error';
import { type CheckoutSessionBody, checkoutSessionSchema } from './checkout-session-schema';

type SessionType = keyof typeof checkoutSessionSchema;

/** The one validation the browser and the route share, as plain issues. */
export function validateCheckoutSession(
  value: unknown,
): { ok: true; data: CheckoutSessionBody } | { ok: false; issues: CheckoutIssue[] } {
  const type = (value as { type?: unknown } | null)?.type;
  // Not an object at all: say so rather than complain about its type field.
  if (typeof value !== 'object' || !value)
    return { ok: false, issues: [{ path: [], message: 'the checkout session must be an object' }] };
  const schema =
    Object.hasOwn(checkoutSessionSchema, type as string) && checkoutSessionSchema[type as SessionType];
  if (!schema) {
    const types = Object.keys(checkoutSessionSchema).join(', ');
    return { ok: false, issues: [{ path: ['type'], message: `type must be one of ${types}` }] };
  }
  // A product's quantity defaults to 1 here rather than in the schema: zod's default wrapper would cost
  // the browser bundle ~200 B.
  const defaulted = type === 'product' && (value as { quantity?: unknown }).quantity === undefined;
  const result = z.safeParse(schema, defaulted ? { ...value, quantity: 1 } : value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      message: issue.message,
    })),
  };
}
