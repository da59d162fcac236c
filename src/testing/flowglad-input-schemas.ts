import * as z from 'zod';

const metadata = z.record(z.string(), z.union([z.string().max(500), z.number(), z.boolean()]));

const core = {
  customerExternalId: z.string(),
  successUrl: z.string(),
  cancelUrl: z.string(),
  outputMetadata: metadata.nullable().optional(),
  outputName: z.string().optional(),
};

const onePrice = {
  message: 'Either priceId or priceSlug must be provided, but not both',
  path: ['priceId'],
};
const hasOnePrice = (value: { priceId?: string | undefined; priceSlug?: string | undefined }) =>
  value.priceId ? !value.priceSlug : !!value.priceSlug;

const identifiedProduct = z.object({
  ...core,
  type: z.literal('product'),
  priceId: z.string().optional(),
  priceSlug: z.string().optional(),
  quantity: z.int().min(1).optional(),
  anonymous: z.literal(false).optional(),
  preserveBillingCycleAnchor: z.boolean().optional(),
});
const anonymousProduct = identifiedProduct.extend({
  anonymous: z.literal(true),
  customerExternalId: z.null().optional(),
});

const checkoutSession = z.discriminatedUnion('type', [
  z.discriminatedUnion('anonymous', [
    identifiedProduct.refine(hasOnePrice, onePrice),
    anonymousProduct.refine(hasOnePrice, onePrice),
  ]),
  z.object({
    ...core,
    type: z.literal('activate_subscription'),
    targetSubscriptionId: z.string(),
    preserveBillingCycleAnchor: z.boolean().optional(),
  }),
  z.object({
    ...core,
    type: z.literal('add_payment_method'),
    targetSubscriptionId: z.string().optional(),
    automaticallyUpdateSubscriptions: z.boolean().nullable().optional(),
  }),
]);

/** A product checkout without `anonymous` is an identified one: the discriminator is filled in first. */
const withAnonymousDefault = (value: unknown) => {
  const body = value as { checkoutSession?: { type?: unknown; anonymous?: unknown } } | null;
  const session = body?.checkoutSession;
  if (session?.type !== 'product' || session.anonymous !== undefined) return value;
  return { ...body, checkoutSession: { ...session, anonymous: false } };
};

/**
 * The request bodies the stand-in checks the way Flowglad's server does (its zod schemas): a product
 * checkout is identified (a string `customerExternalId`) or anonymous (`anonymous: true` and no
 * customer), with exactly one of `priceId` / `priceSlug`; `purchase` is no variant at all; unknown
 * fields are dropped, not refused. A failure answers the zod issues, paths from the body's root.
 *
 * @example
 * ```ts
 * const parsed = flowgladInputSchemas.createCheckoutSession.safeParse(body);
 * if (!parsed.success) return flowgladResponses.badRequest(parsed.error.issues, requestId);
 * ```
 */
export const flowgladInputSchemas = {
  createCheckoutSession: z.preprocess(withAnonymousDefault, z.object({ checkoutSession })),
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

/** A checkout session body that passed {@link flowgladInputSchemas}. */
export type FlowgladCheckoutSessionInput = z.output<typeof checkoutSession>;
