import { cookieOwner } from './create-checkout-cookies';
import { createDeadline } from './create-deadline';
import { errorResponse } from './error-response';
import { isAllowedRequestOrigin } from './is-allowed-request-origin';
import { jsonResponse } from './json-response';
import { resolveCustomer } from './resolve-buyer';
import type { RouteContext } from './route-context';
import { RouteFailure } from './route-failure';
import { shopOrigins } from './shop-origins';
import { toSessionSummary } from './to-session-summary';

const VARY = { vary: 'Cookie' };
const none = () => errorResponse('no_checkout_session', { headers: VARY });

/** `GET`: this browser's last checkout, named by the signed cookie the `POST` set. */
export async function handleCheckoutGet(request: Request, context: RouteContext): Promise<Response> {
  if (!isAllowedRequestOrigin(request, shopOrigins(request, context))) {
    return errorResponse('forbidden_origin');
  }
  if (!context.cookies.present(request)) return none();
  const deadline = createDeadline(context.config.timeoutMs, request.signal);
  try {
    const customer = await resolveCustomer(request, context, deadline);
    const owners = customer
      ? [cookieOwner(customer.externalId), cookieOwner(undefined)]
      : [cookieOwner(undefined)];
    const sessionId = await context.cookies.read(request, owners);
    if (!sessionId) return none();
    const answer = await context.upstream.retrieveCheckoutSession(sessionId, deadline);
    let checkoutSession: ReturnType<typeof toSessionSummary>;
    try {
      checkoutSession = toSessionSummary(answer, context.config.apiKey);
    } catch (error) {
      throw new RouteFailure('invalid_answer', 'get_session', { cause: error });
    }
    return jsonResponse(200, { checkoutSession }, VARY);
  } catch (error) {
    if (error instanceof RouteFailure && error.kind === 'session_not_found') return none();
    return context.fail(request, error);
  } finally {
    deadline.dispose();
  }
}
