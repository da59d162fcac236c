/**
 * The route's `GET`, and `handler.getCheckoutSession`: this browser's last checkout, named by its signed
 * cookie, as a thanks page shows it.
 */
import { CheckoutError } from '../core/checkout-error';
import { checkoutSessionSchema } from '../core/checkout-schema';
import { isObject } from '../core/is-object';
import { type CheckoutSessionState, type CheckoutSessionSummary, SESSION_STATUSES } from '../core/types';
import { checkRateLimit, resolveCustomer } from './app-callbacks';
import { cookieOwner } from './cookie';
import { createDeadline } from './deadline';
import { scrubSecret } from './flowglad-client';
import { checkRequestOrigin } from './origins';
import { jsonResponse, RouteFailure, routeFailure } from './refusal';
import type { RouteContext } from './route-context';

const VARY = { vary: 'Cookie' };
const NONE: CheckoutSessionState = { status: 'none', checkoutSession: null };

/** This browser's last checkout, named by the signed cookie the `POST` set; a failure is a {@link RouteFailure}. */
async function readCheckoutSession(request: Request, context: RouteContext): Promise<CheckoutSessionState> {
  const deadline = createDeadline(context.settings.timeoutMs, request.signal);
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
      const checkoutSession = toSessionSummary(answer, context.settings.apiKey);
      return { status: checkoutSession.status, checkoutSession };
    } catch (error) {
      throw routeFailure('invalid_answer', 'get_session', { cause: error });
    }
  } catch (error) {
    if (error instanceof RouteFailure && error.kind === 'session_not_found') return NONE;
    throw error;
  } finally {
    deadline.dispose();
  }
}

/**
 * `GET`: 200 `{ checkoutSession }`, `null` when this browser has none (a normal state, not an error
 * status). A refusal or failure is thrown for the handler to answer.
 */
export async function handleCheckoutGet(request: Request, context: RouteContext): Promise<Response> {
  checkRequestOrigin(request, context);
  const { checkoutSession } = await readCheckoutSession(request, context);
  return jsonResponse(200, { checkoutSession }, VARY);
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
      error instanceof RouteFailure ? error : routeFailure('internal', 'internal', { cause: error });
    const { status } = context.answer(request, failure);
    throw new CheckoutError(
      'http',
      `The checkout session could not be read (${failure.code}): the route's onError (or the server console) has the cause.`,
      { status, routeCode: failure.code, cause: error },
    );
  }
}

const orNull = <T>(value: unknown, test: (value: unknown) => value is T): T | null =>
  test(value) ? value : null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isTime = (value: unknown): value is number | string => isNumber(value) || isString(value);
const isMetadata = (value: unknown): value is Record<string, string | number | boolean> =>
  isObject(value) &&
  Object.values(value).every((item) => isString(item) || isNumber(item) || typeof item === 'boolean');

/** A thanks page gets only what it shows: no customer email or name, no Flowglad internals. */
function toSessionSummary(answer: unknown, secret: string): CheckoutSessionSummary {
  const session = isObject(answer) ? answer.checkoutSession : undefined;
  if (!isObject(session) || !isString(session.id) || !session.id) {
    throw new TypeError("Flowglad's checkout session could not be read: it has no string id.");
  }
  const { status, type } = session;
  if (
    !Object.hasOwn(SESSION_STATUSES, status as string) ||
    !Object.hasOwn(checkoutSessionSchema, type as string)
  ) {
    throw new TypeError(
      `Flowglad's checkout session has an unknown status or type (${String(status)}, ${String(type)}).`,
    );
  }
  return scrubSecret(
    {
      id: session.id,
      status: status as CheckoutSessionSummary['status'],
      type: type as CheckoutSessionSummary['type'],
      livemode: session.livemode === true,
      priceId: orNull(session.priceId, isString),
      quantity: orNull(session.quantity, isNumber),
      outputName: orNull(session.outputName, isString),
      outputMetadata: orNull(session.outputMetadata, isMetadata),
      createdAt: orNull(session.createdAt, isTime),
      expires: orNull(session.expires, isTime),
    },
    secret,
  );
}
