import type { CheckoutIssue } from '../core/checkout-error';
import { isAllowedRedirect } from '../core/is-allowed-redirect';
import { validateCheckoutSession } from '../core/validate-checkout-session';
import type {
  CheckoutCustomer,
  CheckoutHandlerStage,
  CheckoutSessionHandlerOptions,
} from './checkout-session-handler-options';
import { createFlowgladUpstream } from './create-flowglad-upstream';
import { type CheckoutHandlerErrorCode, errorResponse } from './error-response';
import { isAllowedRequestOrigin } from './is-allowed-request-origin';
import { jsonResponse } from './json-response';
import { readJsonBody } from './read-json-body';
import { resolveHandlerConfig } from './resolve-handler-config';
import { SHOPPER_MESSAGES } from './shopper-messages';
import { UpstreamFailure } from './upstream-failure';

const UPSTREAM_STATUS = {
  rejected: [400, 'checkout_rejected'],
  timeout: [504, 'upstream_timeout'],
  unavailable: [502, 'upstream_error'],
  customer_not_found: [502, 'upstream_error'],
} as const satisfies Record<UpstreamFailure['kind'], readonly [number, CheckoutHandlerErrorCode]>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The customer `getCustomer` returned, checked: a developer mistake is a 500, never a guess. */
function checkCustomer(value: unknown): CheckoutCustomer | null {
  if (value === null || value === undefined) return null;
  if (!isObject(value) || typeof value.externalId !== 'string' || !value.externalId) {
    throw new TypeError('getCustomer must return null or { externalId: string (non-empty), name?, email? }.');
  }
  const customer: CheckoutCustomer = { externalId: value.externalId };
  if (typeof value.name === 'string') customer.name = value.name;
  if (typeof value.email === 'string') customer.email = value.email;
  return customer;
}

/**
 * Creates your checkout route: a Web-standard `(request: Request) => Promise<Response>` that holds the
 * Flowglad secret key, decides who pays (`getCustomer`, never the body) and creates a hosted checkout
 * session at Flowglad. It refuses — with JSON `{ error: { code, message, issues? } }` and an honest
 * status — anything that is not a same-site JSON POST of at most 16 KiB, input that fails the client's
 * own schema (a `customerExternalId` included), a `successUrl`/`cancelUrl` off the allowed origins,
 * shoppers who are not signed in or not authorized. Flowglad's answers map to 400 (it refused the
 * input), 502 (bad key, outage, unreachable) or 504 (too slow); success is 200 `{ checkoutSession, url }`
 * as Flowglad sent it. Every answer has `Cache-Control: no-store`; no answer ever holds the secret key
 * or an error's details (those go to `onError`). It throws only at construction, when the key or
 * `getCustomer` is missing.
 *
 * Works as a Next.js App Router route, in any fetch-style runtime, and under Node `http` or Express via
 * {@link toNodeHandler}. Needs the `@flowglad/node` package.
 *
 * @example
 * ```ts
 * // app/api/checkout-sessions/route.ts
 * import { createCheckoutSessionHandler } from 'react-flowglad-checkout/server';
 * export const POST = createCheckoutSessionHandler({
 *   getCustomer: async () => {
 *     const user = await currentUser();
 *     return user ? { externalId: user.id, email: user.email, name: user.name } : null;
 *   },
 * });
 * ```
 */
export function createCheckoutSessionHandler(
  options: CheckoutSessionHandlerOptions,
): (request: Request) => Promise<Response> {
  const config = resolveHandlerConfig(options);
  const upstream = createFlowgladUpstream(config);
  // Start loading @flowglad/node now, so the first shopper does not wait for it (a failure is reported
  // on the first request instead).
  upstream.load().catch(() => {});

  const fail = (
    request: Request,
    stage: CheckoutHandlerStage,
    error: unknown,
    [status, code]: readonly [number, CheckoutHandlerErrorCode],
    message: string,
    issues?: CheckoutIssue[],
  ) => {
    try {
      options.onError?.(error, { request, stage, status, code });
    } catch {
      // A logger that throws must not turn a clean refusal into a crash.
    }
    return errorResponse(status, code, message, issues ? { issues } : {});
  };

  const handle = async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') {
      await request.body?.cancel().catch(() => {});
      return errorResponse(405, 'method_not_allowed', SHOPPER_MESSAGES.method_not_allowed, {
        headers: { allow: 'POST' },
      });
    }
    const ownOrigin = new URL(request.url).origin;
    if (!isAllowedRequestOrigin(request, config.allowedRedirectOrigins ?? [])) {
      await request.body?.cancel().catch(() => {});
      return errorResponse(403, 'forbidden_origin', SHOPPER_MESSAGES.forbidden_origin);
    }

    const read = await readJsonBody(request);
    if (!read.ok) return read.response;
    const body = read.value;
    const extraKeys = isObject(body) ? Object.keys(body).filter((key) => key !== 'checkoutSession') : [];
    const checked = isObject(body)
      ? validateCheckoutSession(body.checkoutSession)
      : ({ ok: false, issues: [] } as const);
    const issues: CheckoutIssue[] = [
      ...(isObject(body) ? [] : [{ path: [], message: 'send an object: { checkoutSession: { type, … } }' }]),
      ...extraKeys.map((key) => ({
        path: [key],
        message: `remove ${key}: only checkoutSession is accepted (the customer is decided by the server)`,
      })),
      ...(checked.ok ? [] : checked.issues),
    ];
    if (!checked.ok || issues.length > 0) {
      const summary = issues.map((issue) => issue.message).join('; ');
      return errorResponse(400, 'invalid_input', `Invalid checkout input: ${summary}.`.slice(0, 500), {
        issues,
      });
    }
    const session = checked.data;

    const allowed = config.allowedRedirectOrigins ?? [ownOrigin];
    const redirectIssues: CheckoutIssue[] = [];
    for (const field of ['successUrl', 'cancelUrl'] as const) {
      const url = isAllowedRedirect(session[field], allowed);
      if (url) session[field] = url;
      else
        redirectIssues.push({ path: [field], message: `${field} must be a URL on ${allowed.join(' or ')}` });
    }
    if (redirectIssues.length > 0) {
      return errorResponse(400, 'redirect_not_allowed', SHOPPER_MESSAGES.redirect_not_allowed, {
        issues: redirectIssues,
      });
    }

    let customer: CheckoutCustomer | null;
    try {
      customer = checkCustomer(await options.getCustomer(request));
    } catch (error) {
      return fail(request, 'get_customer', error, [500, 'internal_error'], SHOPPER_MESSAGES.internal_error);
    }
    if (!customer) return errorResponse(401, 'unauthenticated', SHOPPER_MESSAGES.unauthenticated);
    if (options.authorize) {
      let allowedToBuy: boolean;
      try {
        allowedToBuy = (await options.authorize(session, customer)) === true;
      } catch (error) {
        return fail(request, 'authorize', error, [500, 'internal_error'], SHOPPER_MESSAGES.internal_error);
      }
      if (!allowedToBuy) return errorResponse(403, 'forbidden', SHOPPER_MESSAGES.forbidden);
    }

    try {
      const answer = await upstream.createCheckoutSession(session, customer, config.timeoutMs);
      return jsonResponse(200, { checkoutSession: answer.checkoutSession, url: answer.url });
    } catch (error) {
      if (!(error instanceof UpstreamFailure)) {
        return fail(request, 'load_client', error, [500, 'internal_error'], SHOPPER_MESSAGES.internal_error);
      }
      const { kind, stage, shopperMessage, issues: upstreamIssues } = error;
      // onError gets the @flowglad/node error itself: its status, body and X-Request-Id header.
      return fail(request, stage, error.cause, UPSTREAM_STATUS[kind], shopperMessage, upstreamIssues);
    }
  };

  return async function handleCheckoutSession(request: Request): Promise<Response> {
    try {
      return await handle(request);
    } catch (error) {
      return fail(request, 'internal', error, [500, 'internal_error'], SHOPPER_MESSAGES.internal_error);
    }
  };
}
