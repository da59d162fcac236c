/**
 * The one way the route says no: every refusal and every failure is a thrown {@link RouteFailure}, and
 * one function, {@link createFailureAnswer} (a handler's `context.answer`), makes it the answer — the
 * code's status and the shopper's sentence from `ROUTE_ERRORS`, never the error's details — and tells
 * `onError` (or the console) what is a fault.
 */
import type { CheckoutIssue, CheckoutRouteErrorCode } from '../core/checkout-error';
import { REJECTION_SENTENCES, routeError } from '../core/route-errors';
import { isProduction } from './options';
import type {
  CheckoutHandlerErrorContext,
  CheckoutHandlerStage,
  CheckoutSessionHandlerOptions,
} from './types';

/** What failed, in the route's terms (`callback`: the app's own callback failed), and the code it is answered with. */
const FAILURE_CODES = {
  rejected: 'checkout_rejected',
  email_required: 'email_required',
  rate_limited: 'rate_limited',
  customer_missing: 'upstream_error',
  session_not_found: 'no_checkout_session',
  unavailable: 'upstream_error',
  invalid_answer: 'upstream_error',
  timeout: 'upstream_timeout',
  aborted: 'request_timeout',
  callback: 'internal_error',
  internal: 'internal_error',
} as const satisfies Record<string, CheckoutRouteErrorCode>;

type FailureKind = keyof typeof FAILURE_CODES;

/** Why a request got no checkout: `refused` by one of the route's own rules, or one of the failures above. */
export type RouteFailureKind = 'refused' | FailureKind;

/**
 * Answers that are nobody's fault, told to no one: a request the route's rules refused, a shopper who
 * left, a session gone from Flowglad (an answer, 404) and a request your `rateLimit` refused (your own decision).
 */
const UNREPORTED: readonly RouteFailureKind[] = ['refused', 'aborted', 'session_not_found', 'rate_limited'];

/** What a {@link RouteFailure} carries besides its code: the cause, the issues, another sentence, extra headers. */
interface RouteFailureDetails {
  cause?: unknown;
  issues?: CheckoutIssue[];
  /** What the shopper reads instead of the code's own sentence. */
  sentence?: keyof typeof REJECTION_SENTENCES;
  headers?: HeadersInit;
}

/** A refusal or failure for both audiences: the browser's code, the developer's stage and `cause`. */
export class RouteFailure extends Error {
  override readonly name = 'RouteFailure';

  constructor(
    readonly code: CheckoutRouteErrorCode,
    readonly kind: RouteFailureKind,
    readonly stage: CheckoutHandlerStage,
    readonly details: RouteFailureDetails = {},
  ) {
    super(kind === 'refused' ? `Refused: ${code}` : `Checkout failed at ${stage}: ${kind}`, {
      cause: details.cause,
    });
  }
}

/** One of the route's own rules says no (method, origin, body, input, who may buy): `throw refusal(code)`. */
export const refusal = (code: CheckoutRouteErrorCode, details?: Omit<RouteFailureDetails, 'cause'>) =>
  new RouteFailure(code, 'refused', 'internal', details);

/** Something failed at `stage`: `throw routeFailure(kind, stage, { cause })`; `kind` decides the answer. */
export const routeFailure = (kind: FailureKind, stage: CheckoutHandlerStage, details: RouteFailureDetails) =>
  new RouteFailure(FAILURE_CODES[kind], kind, stage, details);

/**
 * The one place a refusal or failure becomes the response; anything else thrown is an internal
 * failure. A fault is reported unless `reported` is `false` (another request reports it).
 */
export function createFailureAnswer(onError: CheckoutSessionHandlerOptions['onError']) {
  const report = createErrorReporter(onError);
  return (request: Request, error: unknown, reported = true): Response => {
    const failure =
      error instanceof RouteFailure ? error : routeFailure('internal', 'internal', { cause: error });
    const { code, kind, stage, details } = failure;
    const message = details.sentence && REJECTION_SENTENCES[details.sentence];
    const { status, body } = routeError(code, message, details.issues);
    if (reported && !UNREPORTED.includes(kind)) report(failure.cause, { request, stage, status, code });
    return jsonResponse(status, body, details.headers);
  };
}

const texts = new WeakMap<Response, string>();

/** A JSON answer no cache may keep (`Cache-Control: no-store`): every answer of the checkout handler. */
export function jsonResponse(status: number, body: unknown, headers?: HeadersInit): Response {
  const merged = new Headers(headers);
  merged.set('content-type', 'application/json; charset=utf-8');
  merged.set('cache-control', 'no-store');
  const text = JSON.stringify(body);
  const response = new Response(text, { status, headers: merged });
  texts.set(response, text);
  return response;
}

/**
 * The text of an unread {@link jsonResponse}: the Node adapter writes it instead of reading the stream
 * back (a measurable share of each request's CPU).
 */
export function jsonResponseText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : texts.get(response);
}

/**
 * A developer never meets a silent 502: errors go to `onError` (one that throws or rejects is ignored),
 * else to `console.error` outside production.
 */
function createErrorReporter(onError: CheckoutSessionHandlerOptions['onError']) {
  return (error: unknown, context: CheckoutHandlerErrorContext): void => {
    if (onError) {
      try {
        // An async logger that rejects (its service is down) must not become an unhandled rejection,
        // which ends a Node process.
        const result: unknown = onError(error, context);
        if (typeof (result as PromiseLike<unknown> | null)?.then === 'function') {
          Promise.resolve(result).catch(() => {});
        }
      } catch {
        // Ignored on purpose (see above).
      }
      return;
    }
    if (isProduction()) return;
    console.error(
      `react-flowglad-checkout/server: ${context.stage} failed, the shopper was answered ${context.status} ${context.code}. Pass onError to log this your way.`,
      error,
    );
  };
}
