import { cookieOwner } from './create-checkout-cookies';
import { createDeadline } from './create-deadline';
import { errorResponse } from './error-response';
import { isAllowedRequestOrigin } from './is-allowed-request-origin';
import { jsonResponse } from './json-response';
import { parseCheckoutRequest } from './parse-checkout-request';
import { readJsonBody } from './read-json-body';
import { resolveBuyer } from './resolve-buyer';
import type { RouteContext } from './route-context';
import { shopOrigins } from './shop-origins';

/** `POST`: the cheap checks first (origin, body), then who pays and Flowglad, under one deadline. */
export async function handleCheckoutPost(request: Request, context: RouteContext): Promise<Response> {
  const origins = shopOrigins(request, context);
  if (!isAllowedRequestOrigin(request, origins)) {
    await request.body?.cancel().catch(() => {});
    return errorResponse('forbidden_origin');
  }
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const parsed = parseCheckoutRequest(read.value, origins);
  if (!parsed.ok) return parsed.response;

  const deadline = createDeadline(context.config.timeoutMs, request.signal);
  try {
    const buyer = await resolveBuyer(request, parsed.session, context, deadline);
    if (buyer instanceof Response) return buyer;
    const answer = await context.upstream.createCheckoutSession(parsed.session, buyer, deadline);
    const owner = cookieOwner(buyer.customer?.externalId);
    const cookie = await context.cookies.issue(request, answer.checkoutSession.id, owner);
    const headers: HeadersInit = cookie ? { 'set-cookie': cookie } : {};
    return jsonResponse(200, { checkoutSession: answer.checkoutSession, url: answer.url }, headers);
  } catch (error) {
    return context.fail(request, error);
  } finally {
    deadline.dispose();
  }
}
