import * as z from 'zod/mini';
import { MAX_INT32, MAX_METADATA_TEXT } from './defaults';
import { isObject } from './is-object';

/**
 * A leaf rule: one test, and a message that names the field and says what it must be. Leaves are
 * plain tests (`z.custom`) so the browser bundle carries only zod's object machinery.
 */
const rule = <T>(field: string, test: (value: unknown) => boolean, what: string) =>
  z.custom<T>(test, {
    error: (issue) => `${field} ${issue.input === undefined ? 'is required' : `must be ${what}`}`,
  });

const text = (field: string) =>
  rule<string>(field, (value) => typeof value === 'string' && value !== '', 'a non-empty string');

const url = (field: string) =>
  rule<string>(
    field,
    (value) => {
      try {
        return /^https?:$/.test(new URL(value as string).protocol);
      } catch {
        return false;
      }
    },
    'an absolute http(s) URL or a path',
  );

/** A session's `type`, also a plain test: zod's literal schema would cost the browser bundle ~200 B. */
const tag = <T extends string>(type: T) => rule<T>('type', (value) => value === type, `'${type}'`);

const preserveBillingCycleAnchor = () =>
  z.optional(
    rule<boolean>('preserveBillingCycleAnchor', (value) => typeof value === 'boolean', 'true or false'),
  );

const metadataValue = (value: unknown) =>
  typeof value === 'boolean' ||
  Number.isFinite(value) ||
  (typeof value === 'string' && value.length <= MAX_METADATA_TEXT);

const commonFields = () => ({
  successUrl: url('successUrl'),
  cancelUrl: url('cancelUrl'),
  outputMetadata: z.optional(
    rule<Record<string, string | number | boolean>>(
      'outputMetadata',
      (value) => isObject(value) && Object.values(value).every(metadataValue),
      `a flat object of strings (up to ${MAX_METADATA_TEXT} characters), numbers and booleans`,
    ),
  ),
  outputName: z.optional(text('outputName')),
});

const unknownKeys = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `remove ${issue.keys?.join(', ')}: not a checkout field`
      : 'must be an object',
};

/**
 * The one checkout session schema, by `type`: the browser checks before sending, the route on receipt.
 * No `customerExternalId` and no unknown field: the server decides who pays.
 */
// Built in a pure function call: a bundle that never validates (the thanks page's hook) drops it whole.
export const checkoutSessionSchema = /* @__PURE__ */ (() => {
  const common = commonFields();
  return {
    product: z
      .strictObject(
        {
          type: tag('product'),
          priceId: z.optional(text('priceId')),
          priceSlug: z.optional(text('priceSlug')),
          // Defaulted to 1 by validateCheckoutSession before this check.
          quantity: rule<number>(
            'quantity',
            // Flowglad stores quantity as a 32-bit integer.
            (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_INT32,
            `a whole number from 1 to ${MAX_INT32}`,
          ),
          preserveBillingCycleAnchor: preserveBillingCycleAnchor(),
          ...common,
        },
        unknownKeys,
      )
      .check(
        z.refine((value) => (value.priceId === undefined) !== (value.priceSlug === undefined), {
          message: 'give exactly one of priceId or priceSlug',
          path: ['priceId'],
        }),
      ),
    add_payment_method: z.strictObject(
      {
        type: tag('add_payment_method'),
        targetSubscriptionId: z.optional(text('targetSubscriptionId')),
        ...common,
      },
      unknownKeys,
    ),
    activate_subscription: z.strictObject(
      {
        type: tag('activate_subscription'),
        targetSubscriptionId: text('targetSubscriptionId'),
        preserveBillingCycleAnchor: preserveBillingCycleAnchor(),
        ...common,
      },
      unknownKeys,
    ),
  };
})();

/** A validated checkout session as sent to the server and on to Flowglad (absolute URLs, `quantity` defaulted). */
export type CheckoutSessionBody = {
  [Type in keyof typeof checkoutSessionSchema]: z.output<(typeof checkoutSessionSchema)[Type]>;
}[keyof typeof checkoutSessionSchema];
