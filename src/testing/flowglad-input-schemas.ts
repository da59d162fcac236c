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
  quantity: z.number().int().min(1).optional(),
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

/** The row Flowglad stores: what its API schema lets through, its database schema may still refuse. */
const storedSession = z.object({
  quantity: z.int().min(-2147483648).max(2147483647),
  successUrl: z.url(),
  cancelUrl: z.url(),
});

/** Flowglad's own body rules, so the stand-in is as strict, and as lax (unknown fields dropped), as the API. */
export const flowgladInputSchemas = {
  createCheckoutSession: z.preprocess(withAnonymousDefault, z.object({ checkoutSession })),
  storedSession,
  /** The customer email Flowglad's checkout page requires (its `readonlyCustomerEmail`). */
  pageEmail: z.email(),
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
