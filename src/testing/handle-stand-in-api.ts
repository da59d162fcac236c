import { createStandInCustomer } from './create-stand-in-customer';
import { createStandInSession } from './create-stand-in-session';
import type { StandInState } from './create-stand-in-state';
import { flowgladResponses as respond } from './flowglad-responses';
import { hostedUrl } from './hosted-url';
import type { StandInPrice } from './types';

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
