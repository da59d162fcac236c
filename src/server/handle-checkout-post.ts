import { checkRateLimit, resolveBuyer } from './app-callbacks';
import { checkoutFingerprint, cookieOwner } from './create-checkout-cookies';
import { createDeadline } from './create-deadline';
import { jsonResponse } from './json-response';
import { obtainCheckoutSession } from './obtain-checkout-session';
import { parseCheckoutRequest } from './parse-checkout-request';
import { readJsonBody } from './read-json-body';
import type { RouteContext } from './route-context';
import { checkRequestOrigin } from './shop-origins';
/** `POST`: the cheap checks first (origin, body), then who pays and Flowglad, under one deadline. */
export async function handleCheckoutPost(request: Request, context: RouteContext): Promise<Response> {
  const origin = checkRequestOrigin(request, context);
  if (!origin.ok) {
    await request.body?.cancel().catch(() => {});
    return origin.response;
  }
  const read = await readJsonBody(request);
  if (!read.ok) return read.response;
  const parsed = parseCheckoutRequest(read.value, origin.origins);
  if (!parsed.ok) return parsed.response;

  const deadline = createDeadline(context.config.timeoutMs, request.signal);
  const joined = { value: false };
  try {
    const session = parsed.session;
    await checkRateLimit(request, { method: 'POST', input: session }, context, deadline);
    const buyer = await resolveBuyer(request, session, context, deadline);
    if (buyer instanceof Response) return buyer;
    const fingerprint = await checkoutFingerprint(session);
    const checkout = { request, session, buyer, fingerprint };
    const { answer, paidBy, reused } = await obtainCheckoutSession(checkout, context, deadline, joined);
    const owner = cookieOwner(paidBy.customer?.externalId);
    const cookie = await context.cookies.issue(request, answer.checkoutSession.id, owner, fingerprint);
    const headers: HeadersInit = cookie ? { 'set-cookie': cookie } : {};
    const body = { checkoutSession: answer.checkoutSession, url: answer.url, reused };
    return jsonResponse(200, body, headers);
  } catch (error) {
    // A failure shared with a concurrent request is reported once, by the request that made the call.
    return context.fail(request, error, 'internal', !joined.value);
  } finally {
    deadline.dispose();
  }
}
