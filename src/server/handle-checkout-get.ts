import { CheckoutError } from '../core/checkout-error';
import type { CheckoutSessionState } from '../core/types';
import { checkRateLimit, resolveCustomer } from './app-callbacks';
import { cookieOwner } from './create-checkout-cookies';
import { createDeadline } from './create-deadline';
import { jsonResponse } from './json-response';
import type { RouteContext } from './route-context';
import { RouteFailure } from './route-failure';
import { checkRequestOrigin } from './shop-origins';
import { toSessionSummary } from './to-session-summary';

const VARY = { vary: 'Cookie' };
const NONE: CheckoutSessionState = { status: 'none', checkoutSession: null };

/** This browser's last checkout, named by the signed cookie the `POST` set; a failure is a {@link RouteFailure}. */
async function readCheckoutSession(request: Request, context: RouteContext): Promise<CheckoutSessionState> {
  const deadline = createDeadline(context.config.timeoutMs, request.signal);
  try {
    await checkRateLimit(request, { method: 'GET' }, context, deadline);
    if (!context.cookies.present(request)) return NONE;
    const customer = await resolveCustomer(request, context, deadline);
    const owners = customer
      ? [cookieOwner(customer.externalId), cookieOwner(undefined)]
      : [cookieOwner(undefined)];
    const cookie = await context.cookies.read(request, owners);
    if (!cookie) return NONE;
    const answer = await context.upstream.retrieveCheckoutSession(cookie.sessionId, deadline);
    try {
      const checkoutSession = toSessionSummary(answer, context.config.apiKey);
      return { status: checkoutSession.status, checkoutSession };
    } catch (error) {
      throw new RouteFailure('invalid_answer', 'get_session', { cause: error });
    }
  } catch (error) {
    if (error instanceof RouteFailure && error.kind === 'session_not_found') return NONE;
    throw error;
  } finally {
    deadline.dispose();
  }
}

/** `GET`: 200 `{ checkoutSession }`, `null` when this browser has none (a normal state, not an error status). */
export async function handleCheckoutGet(request: Request, context: RouteContext): Promise<Response> {
  const origin = checkRequestOrigin(request, context);
  if (!origin.ok) return origin.response;
  try {
    const { checkoutSession } = await readCheckoutSession(request, context);
    return jsonResponse(200, { checkoutSession }, VARY);
  } catch (error) {
    return context.fail(request, error);
  }
}

/**
 * The `GET`'s answer for a server-rendered page: no origin check (the thanks page is a navigation,
 * often from Flowglad's site); a failure is reported like the route's and thrown as a {@link CheckoutError}.
 */
export async function getCheckoutSessionState(
  request: Request,
  context: RouteContext,
): Promise<CheckoutSessionState> {
  try {
    return await readCheckoutSession(request, context);
  } catch (error) {
    const failure =
      error instanceof RouteFailure ? error : new RouteFailure('internal', 'internal', { cause: error });
    const { status } = context.fail(request, failure);
    throw new CheckoutError(
      'http',
      `The checkout session could not be read (${failure.code}): the route's onError (or the server console) has the cause.`,
      { status, routeCode: failure.code, cause: error },
    );
  }
}
