import * as z from 'zod/mini';

/** An error message that tells a missing field from a wrong one. */
const expected = (field: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `${field} is required` : `${field} must be a string`,
});

const nonEmpty = (field: string) =>
  z.string(expected(field)).check(z.minLength(1, `${field} must not be empty`));

const absoluteUrl = (field: string) =>
  z.string(expected(field)).check(
    z.refine((value: string) => {
      try {
        return /^https?:$/.test(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `${field} must be an absolute http(s) URL, or a path such as /thanks resolved against the page`),
  );

const common = {
  successUrl: absoluteUrl('successUrl'),
  cancelUrl: absoluteUrl('cancelUrl'),
  outputMetadata: z.optional(
    z.record(
      z.string(),
      z.union(
        [
          z.string().check(z.maxLength(500, 'outputMetadata strings must be 500 characters or fewer')),
          z.number(),
          z.boolean(),
        ],
        'outputMetadata values must be strings (up to 500 characters), numbers or booleans',
      ),
      'outputMetadata must be a flat object',
    ),
  ),
  outputName: z.optional(nonEmpty('outputName')),
};

const unknownKeys = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `remove ${issue.keys?.join(', ')}: not a checkout field (the customer is decided by your server)`
      : 'expected an object',
};

/**
 * The one schema for a checkout session, shared by the browser (before sending) and the server
 * handler (on receipt): the `checkoutSession` object of Flowglad's `POST /api/v1/checkout-sessions`,
 * without `customerExternalId` — the server decides who pays. Unknown fields are refused.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const result = z.safeParse(checkoutSessionSchema, { type: 'product', priceId: 'price_1', successUrl, cancelUrl });
 * ```
 */
export const checkoutSessionSchema = z.discriminatedUnion(
  'type',
  [
    z
      .strictObject(
        {
          type: z.literal('product'),
          priceId: z.optional(nonEmpty('priceId')),
          priceSlug: z.optional(nonEmpty('priceSlug')),
          quantity: z._default(
            z.int('quantity must be a whole number').check(z.gte(1, 'quantity must be at least 1')),
            1,
          ),
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
    z.strictObject(
      {
        type: z.literal('add_payment_method'),
        targetSubscriptionId: z.optional(nonEmpty('targetSubscriptionId')),
        ...common,
      },
      unknownKeys,
    ),
    z.strictObject(
      {
        type: z.literal('activate_subscription'),
        targetSubscriptionId: nonEmpty('targetSubscriptionId'),
        ...common,
      },
      unknownKeys,
    ),
  ],
  'type must be one of product, add_payment_method, activate_subscription',
);

/** A validated checkout session as sent to the server and on to Flowglad (absolute URLs, `quantity` defaulted). */
export type CheckoutSessionBody = z.output<typeof checkoutSessionSchema>;
