import { CheckoutError } from './checkout-error';
import type { CheckoutSessionBody } from './checkout-session-schema';
import { isObject } from './is-object';
import { validateCheckoutSession } from './validate-checkout-session';

const resolve = (value: unknown, pageUrl: string | undefined): unknown => {
  if (value === undefined) return pageUrl;
  if (typeof value !== 'string' || !pageUrl) return value;
  try {
    return new URL(value, pageUrl).href;
  } catch {
    return value;
  }
};

/** What is sent is exactly what the route checks: defaults filled in, paths resolved against the page. */
export function prepareCheckoutInput(input: unknown, pageUrl: string | undefined): CheckoutSessionBody {
  const checked = validateCheckoutSession(
    isObject(input) && {
      ...input,
      type: input.type ?? 'product',
      successUrl: resolve(input.successUrl, pageUrl),
      cancelUrl: resolve(input.cancelUrl, pageUrl),
    },
  );
  if (checked.ok) return checked.data;
  throw new CheckoutError(
    'invalid_input',
    `Invalid checkout input: ${checked.issues.map((issue) => issue.message).join('; ')}. Nothing was sent.`,
    { issues: checked.issues },
  );
}
