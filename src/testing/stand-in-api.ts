/**
 * The stand-in's `/api/v1/`: the key check, queued failures, and each route Flowglad answers (customers,
 * checking out, reading a session, the default pricing model).
 */
import { flowgladInputSchemas, flowgladResponses as respond } from './flowglad-shapes';
import { createStandInSession, hostedUrl } from './stand-in-sessions';
import { newId, type StandInState } from './stand-in-state';
import type { StandInPrice, StandInSubscription } from './types';

export interface StandInApiRequest {
  method: string;
  /** The path below `/api/v1/`, e.g. `customers/user_1`. */
  route: string;
  authorization: string | null;
  body: string;
  requestId: string;
  /** The origin the request came to: hosted page URLs are built on it. */
  origin: string;
}

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** The route's name (`POST customers/:param/archive`) and its path parameter, or undefined when undecodable. */
function routeOf(method: string, route: string): { name: string; param?: string } | undefined {
  const [resource, raw, action, ...rest] = route.split('/');
  let param: string | undefined;
  try {
    param = raw === undefined ? undefined : decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (rest.length > 0) return { name: `${method} ${resource}/…` };
  const name = [resource, raw === undefined ? [] : ':param', action ?? []].flat().join('/');
  return { name: `${method} ${name}`, ...(param !== undefined && { param }) };
}

/** As Flowglad reads the header: `Bearer <key>` (any case) or a bare key; anything else with a space is malformed. */
function keyOf(authorization: string): string | undefined {
  const trimmed = authorization.trim();
  if (/^bearer /i.test(trimmed)) return trimmed.slice('Bearer '.length);
  return trimmed.includes(' ') ? undefined : trimmed;
}

/**
 * `GET /api/v1/pricing-models/default` (not recorded; the shape of `@flowglad/node`'s
 * `PricingModelDetailsRecord`): the catalogue, one product per price, which guests buy from.
 */
function defaultPricingModel(state: StandInState) {
  const now = Date.now();
  const price = (entry: StandInPrice) => ({
    id: entry.id,
    slug: entry.slug,
    name: entry.name,
    type: entry.type,
    unitPrice: entry.unitPrice,
    currency: (entry.currency ?? 'usd').toUpperCase(),
    intervalUnit: entry.type === 'subscription' ? (entry.intervalUnit ?? 'month') : null,
    intervalCount: entry.type === 'subscription' ? 1 : null,
    active: entry.active !== false,
    isDefault: true,
    livemode: state.livemode,
    productId: `prod_${entry.id}`,
    pricingModelId: state.pricingModelId,
    createdAt: now,
    updatedAt: now,
  });
  return {
    id: state.pricingModelId,
    name: 'Stand-in pricing model',
    isDefault: true,
    livemode: state.livemode,
    organizationId: state.organizationId,
    createdAt: now,
    updatedAt: now,
    usageMeters: [],
    products: state.prices.map((entry) => ({
      id: `prod_${entry.id}`,
      name: entry.name,
      slug: entry.slug,
      active: entry.active !== false,
      default: entry.default === true,
      description: null,
      imageURL: null,
      livemode: state.livemode,
      pricingModelId: state.pricingModelId,
      features: [],
      createdAt: now,
      updatedAt: now,
      defaultPrice: price(entry),
      prices: [price(entry)],
    })),
  };
}

/** Flowglad's order: the key, a queued failure, the route, the JSON, the schema, the business rules. */
export function handleStandInApi(state: StandInState, request: StandInApiRequest): Response {
  const { method, authorization, requestId } = request;
  if (authorization === null) return respond.missingKey();
  const key = keyOf(authorization);
  if (key === undefined) return respond.malformedKey();
  if (key !== state.apiKey) return respond.invalidKey();
  if (/^bearer /i.test(authorization.trim()) && !authorization.trim().startsWith('Bearer ')) {
    return respond.lowercaseBearer(requestId);
  }
  const failure = state.failures.shift();
  if (failure !== undefined) return respond.forStatus(failure, requestId);

  const route = routeOf(method, request.route);
  const param = route?.param ?? '';
  switch (route?.name) {
    case 'POST checkout-sessions':
    case 'POST customers': {
      const body = parseJson(request.body);
      if (!body.ok) return respond.invalidJson(requestId);
      return route.name === 'POST customers'
        ? createStandInCustomer(state, body.value, requestId)
        : createStandInSession(state, body.value, requestId, request.origin);
    }
    case 'GET checkout-sessions/:param': {
      const session = state.sessions.get(param);
      if (!session) return respond.sessionNotFound(param, requestId, state.refusalStatus);
      return respond.ok({ checkoutSession: session, url: hostedUrl(request.origin, session, 'read') });
    }
    case 'GET customers/:param': {
      // Flowglad joins its decoded path segments again: a `/` inside an id makes a path it has no route for.
      if (param.includes('/')) return respond.noRoute();
      const customer = state.customers.get(param);
      if (!customer) return respond.notFound(`Customer with externalId ${param} not found`, requestId);
      return respond.ok({ customer });
    }
    case 'GET pricing-models/:param':
      if (param !== 'default') return respond.noRoute();
      return respond.ok({ pricingModel: defaultPricingModel(state) });
    case 'POST customers/:param/archive': {
      const customer =
        state.archiveCustomer(param) ??
        state.archived.findLast((candidate) => candidate.externalId === param);
      if (!customer) return respond.notFound(`Customer with externalId ${param} not found`, requestId);
      return respond.ok({ customer });
    }
    default:
      return respond.noRoute();
  }
}

/** The end of the billing period that starts at `start` (epoch ms). */
function periodEnd(start: number, unit: NonNullable<StandInPrice['intervalUnit']>): number {
  const end = new Date(start);
  if (unit === 'day') end.setUTCDate(end.getUTCDate() + 1);
  if (unit === 'week') end.setUTCDate(end.getUTCDate() + 7);
  if (unit === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  if (unit === 'year') end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end.getTime();
}

/** The free plan's subscription and its one item, in the records Flowglad's customer create answers with. */
function subscriptionRecords(state: StandInState, subscription: StandInSubscription, customerId: string) {
  const price = state.prices.find((candidate) => candidate.id === subscription.priceId);
  const now = Date.now();
  const interval = price?.intervalUnit ?? 'month';
  const common = { createdAt: now, updatedAt: now, livemode: state.livemode };
  const record = {
    id: subscription.id,
    ...common,
    startDate: now,
    customerId,
    organizationId: state.organizationId,
    status: subscription.status ?? 'active',
    defaultPaymentMethodId: null,
    backupPaymentMethodId: null,
    trialEnd: null,
    currentBillingPeriodStart: now,
    currentBillingPeriodEnd: periodEnd(now, interval),
    metadata: null,
    canceledAt: null,
    cancelScheduledAt: null,
    cancellationReason: null,
    replacedBySubscriptionId: null,
    isFreePlan: (price?.unitPrice ?? 0) === 0,
    doNotCharge: false,
    priceId: subscription.priceId,
    runBillingAtPeriodStart: true,
    interval,
    intervalCount: 1,
    billingCycleAnchorDate: now,
    name: `${price?.name ?? 'Default plan'} Subscription`,
    renews: true,
    pricingModelId: state.pricingModelId,
    scheduledAdjustmentAt: null,
    current: true,
  };
  const item = {
    id: newId('si'),
    ...common,
    subscriptionId: subscription.id,
    name: price?.name ?? null,
    addedDate: now,
    priceId: subscription.priceId,
    unitPrice: price?.unitPrice ?? 0,
    quantity: 1,
    metadata: null,
    type: 'static',
    externalId: null,
    expiredAt: null,
    manuallyCreated: false,
    pricingModelId: state.pricingModelId,
  };
  return { subscription: record, subscriptionItems: [item] };
}

/**
 * `POST /api/v1/customers`: `{data: {customer, subscription, subscriptionItems}}`, the last two `null`
 * when the catalogue has no default plan to put the customer on.
 */
function createStandInCustomer(state: StandInState, body: unknown, requestId: string): Response {
  const parsed = flowgladInputSchemas.createCustomer.safeParse(body);
  if (!parsed.success) return respond.badRequest(parsed.error.issues, requestId);
  const { externalId, name, email } = parsed.data.customer;
  if (state.customers.has(externalId)) {
    return respond.conflict(
      'This pricing model id external id unique idx already exists. Please choose a different value.',
      requestId,
    );
  }
  const { customer, subscription } = state.addCustomer({ externalId, name, email });
  const records = subscription
    ? subscriptionRecords(state, subscription, customer.id)
    : { subscription: null, subscriptionItems: null };
  return respond.ok({ data: { customer, ...records } });
}
