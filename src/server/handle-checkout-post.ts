import type { CheckoutRouteErrorCode } from '../core/checkout-error';
import { CheckoutError, type CheckoutIssue } from '../core/checkout-error';
import { isObject } from '../core/is-object';
import { checkRateLimit, resolveBuyer } from './app-callbacks';
import { checkoutFingerprint, cookieOwner } from './create-checkout-cookies';
import { createDeadline } from './create-deadline';
import { formAnswer, formPage, isFormPost, readFormBody, resolveReturnUrls } from './handle-form-post';
import { jsonResponse, jsonResponseText } from './json-response';
import { obtainCheckoutSession } from './obtain-checkout-session';
import { parseCheckoutRequest } from './parse-checkout-request';
import { type Read, readJsonBody } from './read-json-body';
import type { RouteContext } from './route-context';
import { checkRequestOrigin, shopOrigins } from './shop-origins';
import type { CheckoutSessionStarted } from './types';

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

/** The fields of the cookie {@link postCheckout} set, for a framework's own cookie API. */
function cookieFields(setCookie: string): NonNullable<CheckoutSessionStarted['cookie']> {
  const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
  const at = pair.indexOf('=');
  const maxAge = attributes.find((attribute) => attribute.startsWith('Max-Age='));
  return {
    name: pair.slice(0, at),
    value: pair.slice(at + 1),
    path: '/',
    maxAge: Number(maxAge?.slice('Max-Age='.length)),
    httpOnly: true,
    sameSite: 'lax',
    secure: attributes.includes('Secure'),
  };
}

/**
 * `handler.createCheckoutSession(request, input)`: the `POST` for a Server Action or a framework
 * `action` — the same checks as the form post (the request must come from the shop's origin; relative
 * and absent return URLs resolve against the page it came from), answered as data instead of a response.
 */
export async function createCheckoutSessionOnServer(
  request: Request,
  input: unknown,
  context: RouteContext,
): Promise<CheckoutSessionStarted> {
  const page = formPage(request, shopOrigins(request, context));
  const session = isObject(input) ? { type: 'product', ...input } : input;
  if (isObject(session)) resolveReturnUrls(session, page.base);
  const read = async (): Promise<Read> => ({ ok: true, value: { checkoutSession: session } });
  let response: Response;
  try {
    response = await postCheckout(request, context, true, read);
  } catch (error) {
    response = context.fail(request, error);
  }
  const body = JSON.parse(jsonResponseText(response) ?? '{}');
  if (response.status === 200) {
    const setCookie = response.headers.get('set-cookie') ?? undefined;
    const { checkoutSession, url, reused } = body;
    return { checkoutSession, url, reused, ...(setCookie && { setCookie, cookie: cookieFields(setCookie) }) };
  }
  const error = body.error as { code: CheckoutRouteErrorCode; message: string; issues?: CheckoutIssue[] };
  const details = error.issues?.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
  throw new CheckoutError(
    'http',
    `The checkout was refused (${response.status} ${error.code}): ${error.message}${details ? ` — ${details.join('; ')}` : ''}`,
    { status: response.status, routeCode: error.code, ...(error.issues && { issues: error.issues }) },
  );
}
