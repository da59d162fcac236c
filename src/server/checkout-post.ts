/**
 * The route's `POST` — the JSON call, the button's form post, `handler.createCheckoutSession` — from the
 * cheap checks to Flowglad's session and the cookie.
 */
import * as z from 'zod/mini';
import { CheckoutError, type CheckoutIssue } from '../core/checkout-error';
import { type CheckoutSessionBody, validateCheckoutSession } from '../core/checkout-schema';
import { isObject } from '../core/is-object';
import { toAllowedRedirectUrl } from '../core/redirect-rule';
import type { RouteErrorBody } from '../core/route-errors';
import { checkRateLimit, resolveBuyer } from './app-callbacks';
import { checkoutFingerprint, cookieOwner } from './cookie';
import { createDeadline, type Deadline } from './deadline';
import { RELAY_LIMITS } from './defaults';
import { formAnswer, formPage, isFormPost, readFormBody, resolveReturnUrls } from './form-post';
import { checkRequestOrigin, shopOrigins } from './origins';
import { jsonResponse, jsonResponseText, refusal } from './refusal';
import { readJsonBody } from './request-body';
import type { RouteContext } from './route-context';
import { obtainCheckoutSession } from './session-reuse';
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
  const response = await postCheckout(request, context, true, () => readFormBody(request, page, posted));
  return formAnswer(response, page, posted.key, origins[0]);
}

/**
 * The cheap checks first (origin, body, input), then who pays and Flowglad under one deadline. Every
 * refusal and failure on the way is answered here.
 */
async function postCheckout(
  request: Request,
  context: RouteContext,
  form: boolean,
  readBody: () => Promise<unknown>,
): Promise<Response> {
  const joined = { value: false };
  let deadline: Deadline | undefined;
  try {
    const origins = await originsBeforeBody(request, context, form);
    const session = parseCheckoutRequest(await readBody(), origins);
    deadline = createDeadline(context.settings.timeoutMs, request.signal);
    await checkRateLimit(request, { method: 'POST', input: session }, context, deadline);
    const buyer = await resolveBuyer(request, session, context, deadline);
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
    return context.answer(request, error, !joined.value);
  } finally {
    deadline?.dispose();
  }
}

/** The shop's origins when the request may go on; a refused one's body is cancelled, not waited for. */
async function originsBeforeBody(request: Request, context: RouteContext, form: boolean) {
  try {
    return checkRequestOrigin(request, context, form);
  } catch (refused) {
    await request.body?.cancel().catch(() => {});
    throw refused;
  }
}

/** The request body, strictly: `{ checkoutSession }` and nothing beside it (never a customer). */
const checkoutRequestSchema = /* @__PURE__ */ z.strictObject({ checkoutSession: z.optional(z.unknown()) });

/** What is wrong with the envelope: not an object, or one issue per key beside `checkoutSession`. */
function envelopeIssues(body: unknown): CheckoutIssue[] {
  const parsed = z.safeParse(checkoutRequestSchema, body);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') {
      return [{ path: [], message: 'send an object: { checkoutSession: { type, … } }' }];
    }
    return issue.keys.map((key) => ({
      path: [key],
      message: `remove ${key}: only checkoutSession is accepted (the customer is decided by the server)`,
    }));
  });
}

/** Puts each return URL in its normalised form, or says it is not on one of `origins`. */
function checkReturnUrls(session: CheckoutSessionBody, origins: readonly string[]): CheckoutIssue[] {
  const issues: CheckoutIssue[] = [];
  for (const field of ['successUrl', 'cancelUrl'] as const) {
    const url = toAllowedRedirectUrl(session[field], origins);
    if (url) session[field] = url;
    else issues.push({ path: [field], message: `${field} must be a URL on ${origins.join(' or ')}` });
  }
  return issues;
}

const refusedInput = (code: 'invalid_input' | 'redirect_not_allowed', issues: CheckoutIssue[]) =>
  refusal(code, { issues: issues.slice(0, RELAY_LIMITS.issues) });

/** The route trusts a body only once it passes the browser's own schema and its return URLs are the shop's. */
function parseCheckoutRequest(body: unknown, origins: readonly string[]): CheckoutSessionBody {
  const envelope = envelopeIssues(body);
  // Not an object: there is no session to check.
  if (!isObject(body)) throw refusedInput('invalid_input', envelope);
  const checked = validateCheckoutSession(body.checkoutSession);
  if (!checked.ok) throw refusedInput('invalid_input', [...envelope, ...checked.issues]);
  if (envelope.length > 0) throw refusedInput('invalid_input', envelope);
  const redirectIssues = checkReturnUrls(checked.data, origins);
  if (redirectIssues.length > 0) throw refusedInput('redirect_not_allowed', redirectIssues);
  return checked.data;
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
  const response = await postCheckout(request, context, true, async () => ({ checkoutSession: session }));
  const body = JSON.parse(jsonResponseText(response) ?? '{}');
  if (response.status === 200) {
    const setCookie = response.headers.get('set-cookie') ?? undefined;
    const { checkoutSession, url, reused } = body;
    return { checkoutSession, url, reused, ...(setCookie && { setCookie, cookie: cookieFields(setCookie) }) };
  }
  const { error } = body as RouteErrorBody;
  const details = error.issues?.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
  throw new CheckoutError(
    'http',
    `The checkout was refused (${response.status} ${error.code}): ${error.message}${details ? ` — ${details.join('; ')}` : ''}`,
    { status: response.status, routeCode: error.code, ...(error.issues && { issues: error.issues }) },
  );
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
