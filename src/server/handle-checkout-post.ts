import { checkRateLimit, resolveBuyer } from './app-callbacks';
import { checkoutFingerprint, cookieOwner } from './create-checkout-cookies';
import { createDeadline } from './create-deadline';
import { formAnswer, formPage, isFormPost, readFormBody } from './handle-form-post';
import { jsonResponse } from './json-response';
import { obtainCheckoutSession } from './obtain-checkout-session';
import { parseCheckoutRequest } from './parse-checkout-request';
import { type Read, readJsonBody } from './read-json-body';
import type { RouteContext } from './route-context';
import { checkRequestOrigin, shopOrigins } from './shop-origins';
/**
 * `POST`: the JSON call, or the server-rendered button's form post (which gets a navigation back: a 303
 * or a small page, never JSON).
 */
export async function handleCheckoutPost(request: Request, context: RouteContext): Promise<Response> {
  if (!isFormPost(request)) return postCheckout(request, context, false, () => readJsonBody(request));
  const origins = shopOrigins(request, context);
  const page = formPage(request, origins);
  const posted: { key?: string } = {};
  let response: Response;
  try {
    response = await postCheckout(request, context, true, () => readFormBody(request, page, posted));
  } catch (error) {
    response = context.fail(request, error);
  }
  return formAnswer(response, page, posted.key, origins[0]);
}

/** The cheap checks first (origin, body), then who pays and Flowglad, under one deadline. */
async function postCheckout(
  request: Request,
  context: RouteContext,
  form: boolean,
  readBody: () => Promise<Read>,
): Promise<Response> {
  const origin = checkRequestOrigin(request, context, form);
  if (!origin.ok) {
    await request.body?.cancel().catch(() => {});
    return origin.response;
  }
  const read = await readBody();
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
