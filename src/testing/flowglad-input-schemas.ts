import * as z from 'zod';

const metadata = z.record(z.string(), z.union([z.string().max(500), z.number(), z.boolean()]));

const common = {
  successUrl: z.string(),
  cancelUrl: z.string(),
  outputMetadata: metadata.nullable().optional(),
  outputName: z.string().optional(),
};

const product = z
  .object({
    ...common,
    type: z.literal('product'),
    customerExternalId: z.string().nullable().optional(),
    anonymous: z.boolean().optional(),
    priceId: z.string().optional(),
    priceSlug: z.string().optional(),
    quantity: z.int().min(1).optional(),
    preserveBillingCycleAnchor: z.boolean().optional(),
  })
  .refine((value) => (value.priceId === undefined) !== (value.priceSlug === undefined), {
    message: 'Either priceId or priceSlug must be provided, but not both',
    path: ['priceId'],
  })
  .refine((value) => value.anonymous === true || typeof value.customerExternalId === 'string', {
    message: 'customerExternalId is required unless anonymous is true',
    path: ['customerExternalId'],
  });

/**
 * The request bodies the stand-in checks the way Flowglad's server does (its zod schemas, from the
 * OpenAPI spec): unknown fields are dropped, not refused, and a failure answers the zod issues.
 * `type: 'purchase'` passes the schema and is refused later by a business rule, as on the real server.
 *
 * @example
 * ```ts
 * const parsed = flowgladInputSchemas.createCheckoutSession.safeParse(body);
 * if (!parsed.success) return flowgladResponses.badRequest(parsed.error.issues, requestId);
 * ```
 */
export const flowgladInputSchemas = {
  createCheckoutSession: z.object({
    checkoutSession: z.discriminatedUnion('type', [
      product,
      z.object({
        ...common,
        type: z.literal('add_payment_method'),
        customerExternalId: z.string(),
        targetSubscriptionId: z.string().optional(),
        automaticallyUpdateSubscriptions: z.boolean().nullable().optional(),
      }),
      z.object({
        ...common,
        type: z.literal('activate_subscription'),
        customerExternalId: z.string(),
        targetSubscriptionId: z.string(),
        preserveBillingCycleAnchor: z.boolean().optional(),
      }),
      z.object({ ...common, type: z.literal('purchase'), customerExternalId: z.string().optional() }),
    ]),
  }),
  createCustomer: z.object({
    customer: z.object({
      email: z.string(),
      name: z.string(),
      externalId: z.string(),
      archived: z.boolean().optional(),
      logoURL: z.string().nullable().optional(),
      iconURL: z.string().nullable().optional(),
      domain: z.string().nullable().optional(),
      userId: z.string().nullable().optional(),
    }),
  }),
};
