import { createStandInSession } from './create-stand-in-session';
import type { StandInState } from './create-stand-in-state';
import { flowgladInputSchemas } from './flowglad-input-schemas';
import { flowgladResponses as respond } from './flowglad-responses';
import { hostedUrl } from './hosted-url';
import { refreshSessionStatus } from './refresh-session-status';

/**
 * One API request as the stand-in sees it.
 *
 * @example
 * ```ts
 * const request: StandInApiRequest = { method: 'GET', route: 'customers/user_1', authorization: null, body: '', requestId: 'abc' };
 * ```
 */
export interface StandInApiRequest {
  method: string;
  /** The path below `/api/v1/`, e.g. `customers/user_1`. */
  route: string;
  authorization: string | null;
  body: string;
  requestId: string;
}

function createCustomer(state: StandInState, body: unknown, requestId: string): Response {
  const parsed = flowgladInputSchemas.createCustomer.safeParse(body);
  if (!parsed.success) return respond.badRequest(parsed.error.issues, requestId);
  const { externalId, name, email } = parsed.data.customer;
  if (state.customers.has(externalId)) {
    return respond.conflict(`A customer with externalId ${externalId} already exists`, requestId);
  }
  return respond.ok({ data: { customer: state.addCustomer({ externalId, name, email }) } });
}

/**
 * Answers one request under `/api/v1/` as Flowglad's server does: the key first (plain-text 401),
 * then any failure queued by `failNext`, then the route (plain-text 404 when there is none), the JSON
 * body (`Invalid JSON in request body`), the schema (zod issues) and the business rules (a message).
 *
 * @example
 * ```ts
 * const response = handleStandInApi(state, { method: 'GET', route: 'customers/user_1', authorization: `Bearer ${state.apiKey}`, body: '', requestId: 'req_1' });
 * ```
 */
export function handleStandInApi(state: StandInState, request: StandInApiRequest): Response {
  const { method, route, authorization, requestId } = request;
  if (authorization === null) return respond.missingKey();
  const key = authorization.replace(/^Bearer\s+/i, '').trim();
  if (key !== state.apiKey) return respond.invalidKey();
  const failure = state.failures.shift();
  if (failure !== undefined) return respond.forStatus(failure, requestId);

  const segments = route.split('/');
  let param: string | undefined;
  try {
    param = segments[1] === undefined ? undefined : decodeURIComponent(segments[1]);
  } catch {
    return respond.noRoute();
  }
  const name = `${method} ${segments[0]}${segments.length === 2 ? '/:param' : segments.length > 2 ? '/…' : ''}`;
  const readBody = (): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(request.body) };
    } catch {
      return { ok: false };
    }
  };

  switch (name) {
    case 'POST checkout-sessions':
    case 'POST customers': {
      const body = readBody();
      if (!body.ok) return respond.invalidJson(requestId);
      return name === 'POST customers'
        ? createCustomer(state, body.value, requestId)
        : createStandInSession(state, body.value, requestId);
    }
    case 'GET checkout-sessions/:param': {
      const session = param === undefined ? undefined : state.sessions.get(param);
      if (!session) return respond.notFound(`Checkout session not found: ${param}`, requestId);
      return respond.ok({ checkoutSession: refreshSessionStatus(session), url: hostedUrl(state, session) });
    }
    case 'GET customers/:param': {
      const customer = param === undefined ? undefined : state.customers.get(param);
      if (!customer) return respond.notFound(`Customer with externalId ${param} not found`, requestId);
      return respond.ok({ customer });
    }
    default:
      return respond.noRoute();
  }
}
