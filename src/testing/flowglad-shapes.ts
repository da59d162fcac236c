/**
 * Flowglad's API as the stand-in plays it: the body rules it checks (its zod schemas, as lax as Flowglad's) and
 * the shapes it answers in (JSON refusals, zod issues, plain-text 401s, gateway pages), as recorded.
 */
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

const GATEWAY_TITLES: Record<number, string> = {
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

// The content types as recorded, charset spelling included.
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json;charset=utf-8' },
  });
const text = (status: number, body: string, type = 'text/plain;charset=utf-8') =>
  new Response(body, { status, headers: { 'content-type': type } });

/** A zod issue as Flowglad's zod reports it: newer zod lists a discriminator's `options` (and names them in the message). */
const asRecorded = (issue: object) => {
  if (!('options' in issue)) return issue;
  const { options: _, ...recorded } = issue;
  return { ...recorded, message: 'Invalid input' };
};

/** Flowglad's answer shapes (JSON refusals, zod issues, plain-text 401s), so a route meets what it will meet. */
export const flowgladResponses = {
  ok: (body: unknown) => json(200, body),
  /** 400: schema validation (zod issues) or a check made before the business rules (a string). */
  badRequest: (error: string | readonly object[], requestId: string) =>
    json(400, {
      error: typeof error === 'string' ? error : error.map(asRecorded),
      code: 'BAD_REQUEST',
      request_id: requestId,
    }),
  /** A business-rule refusal (`Invalid <field>: <reason>`), with the stand-in's `refusalStatus`. */
  refusal: (error: string, requestId: string, status: 400 | 500) =>
    json(status, {
      error,
      code: status === 400 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR',
      request_id: requestId,
    }),
  /** An unknown checkout session id: 500 with the error unwrapped twice, as recorded, or 404 under `refusalStatus: 400`. */
  sessionNotFound: (id: string, requestId: string, status: 400 | 500) =>
    json(status === 400 ? 404 : 500, {
      error: `Unwrap called on Err: Panic: Unwrap called on Err: NotFoundError: No checkout sessions found with id: ${id}`,
      code: status === 400 ? 'NOT_FOUND' : 'INTERNAL_SERVER_ERROR',
      request_id: requestId,
    }),
  /** 500 whatever `refusalStatus` says: the database layer refused the row (zod issues, pretty-printed). */
  insertFailed: (issues: unknown[], requestId: string) =>
    json(500, {
      error: `Failed to insert item into checkout_sessions: Failed to insert items into checkout_sessions: ${JSON.stringify(issues, null, 2)}`,
      code: 'INTERNAL_SERVER_ERROR',
      request_id: requestId,
    }),
  invalidJson: (requestId: string) =>
    json(400, { error: 'Invalid JSON in request body', request_id: requestId }),
  /** 401, plain text: no `Authorization` header. */
  missingKey: () => text(401, 'Unauthorized. Authorization header is required.'),
  /** 401, plain text: a scheme other than `Bearer`, or a key with a space in it. */
  malformedKey: () => text(401, 'Invalid authorization format. Use "Bearer <key>" or "<key>".'),
  /** 401, plain text: a wrong key. */
  invalidKey: () => text(401, 'API key invalid. Key not found in local database.'),
  /** The right key after a lowercase `bearer `: accepted at the door, then the key is looked up again as sent. */
  lowercaseBearer: (requestId: string) =>
    json(500, {
      error:
        "Unwrap called on Err: TypeError: undefined is not an object (evaluating 'apiKeyRecord.organizationId')",
      code: 'INTERNAL_SERVER_ERROR',
      request_id: requestId,
    }),
  forbidden: (requestId: string) =>
    json(403, {
      error: 'Forbidden: this API key may not do that.',
      code: 'FORBIDDEN',
      request_id: requestId,
    }),
  notFound: (error: string, requestId: string) =>
    json(404, { error, code: 'NOT_FOUND', request_id: requestId }),
  /** 404, plain text: no such route. */
  noRoute: () => text(404, 'Not Found'),
  conflict: (error: string, requestId: string) =>
    json(409, { error, code: 'CONFLICT', request_id: requestId }),
  internal: (requestId: string) => json(500, { error: 'Internal server error', request_id: requestId }),
  /** 502–504 from the edge in front of the API: an HTML page, not JSON. */
  gateway: (status: number) => {
    const title = `${status} ${GATEWAY_TITLES[status] ?? 'Gateway Error'}`;
    const page = `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
    return text(status, page, 'text/html; charset=utf-8');
  },
  /** An answer with a given status in Flowglad's shape for it (a gateway page for 502–504), for `failNext`. */
  forStatus(status: number, requestId: string): Response {
    if (status === 400) return this.badRequest('Bad request', requestId);
    if (status === 401) return this.invalidKey();
    if (status === 403) return this.forbidden(requestId);
    if (status === 404) return this.noRoute();
    if (status === 409) return this.conflict('Conflict', requestId);
    if (status >= 502 && status <= 504) return this.gateway(status);
    if (status >= 500) return json(status, { error: 'Internal server error', request_id: requestId });
    return json(status, { error: `HTTP ${status}`, request_id: requestId });
  },
};
