/**
 * The MSW handlers that play the checkout route, made with whichever `msw` the entry loaded, and the
 * fake session records they answer with.
 */
import type { delay, HttpHandler, HttpResponse, http } from 'msw';
import type { CheckoutIssue } from '../core/checkout-error';
import { FLOWGLAD_ORIGIN } from '../core/defaults';
import { isObject } from '../core/is-object';
import { REJECTION_SENTENCES, routeError } from '../core/route-errors';
import type { CheckoutSessionSummary, FlowgladCheckoutSession } from '../core/types';
import { RETRY_AFTER_SECONDS } from '../server/defaults';
import type { CheckoutHandlerErrorCode } from '../server/types';
import { SESSION_LIFETIME_MS } from './stand-in-state';

/**
 * Settings of {@link checkoutRouteHandlers}.
 *
 * @example
 * ```ts
 * const route = checkoutRouteHandlers({ endpoint: '/api/pay', checkoutUrl: 'https://app.flowglad.com/checkout/chckt_session_demo' });
 * ```
 */
export interface CheckoutRouteHandlersOptions {
  /** The route to answer (an MSW path). @defaultValue `'*\/api/checkout-sessions'` (any origin) */
  endpoint?: string;
  /** The hosted checkout `url` successful answers carry. @defaultValue `'https://app.flowglad.com/checkout/chckt_session_msw'` */
  checkoutUrl?: string;
}

/**
 * What {@link checkoutRouteHandlers} returns: each property makes one MSW `HttpHandler` answering as
 * your checkout route would. `POST` plays starting a checkout; the `checkoutSession…` and
 * `noCheckoutSession` handlers play the `GET` a thanks page asks.
 *
 * @example
 * ```ts
 * const route: CheckoutRouteHandlers = checkoutRouteHandlers();
 * server.use(route.upstreamTimeout());
 * ```
 */
export interface CheckoutRouteHandlers {
  /** 200 `{ checkoutSession, url, reused: false }`, echoing the requested price, quantity and URLs. */
  success: () => HttpHandler;
  /**
   * 200 `{ checkoutSession, url, reused: true }`: the route answered the open session it had already
   * started for this browser (same price, quantity and return URLs) instead of a new one.
   */
  reusedSession: () => HttpHandler;
  /** Succeeds after `ms` milliseconds: shows the busy state. @defaultValue 2000 */
  slow: (ms?: number) => HttpHandler;
  /** The connection fails (the route is down, the shopper offline): the client reports `network`. */
  networkError: () => HttpHandler;
  /** Never answers: the client gives up after its `timeoutMs` and reports `timeout`. */
  timeout: () => HttpHandler;
  /** 400 `invalid_input` with field `issues` (default: quantity below 1). */
  badRequest: (issues?: CheckoutIssue[]) => HttpHandler;
  /**
   * 400 `checkout_rejected`: Flowglad refused the checkout. The route says why in shopper terms only
   * (default: the price cannot be bought, as for an unknown or usage price).
   */
  checkoutRejected: (message?: string) => HttpHandler;
  /** 401 `unauthenticated`: nobody is signed in. */
  unauthorized: () => HttpHandler;
  /** 403 `forbidden`: `authorize` refused this shopper this purchase. */
  forbidden: () => HttpHandler;
  /** 429 `rate_limited` with the route's `Retry-After` (60 s): the route's `rateLimit` said no. */
  rateLimited: () => HttpHandler;
  /** 500 `internal_error`: the route's own code (`getCustomer`, `authorize`) failed. */
  serverError: () => HttpHandler;
  /** 502 `upstream_error`: Flowglad is down or refused the route's key. */
  upstreamError: () => HttpHandler;
  /** 504 `upstream_timeout`: Flowglad did not answer the route in time. */
  upstreamTimeout: () => HttpHandler;
  /** 500 with an HTML error page, as a misconfigured framework or proxy sends. */
  htmlErrorPage: () => HttpHandler;
  /** 200 with no body at all: the client reports `invalid_response`. */
  emptyBody: () => HttpHandler;
  /** 200 with plain text instead of JSON: the client reports `invalid_response`. */
  notJson: () => HttpHandler;
  /** 200 JSON without `url`: the client reports `invalid_response`. */
  missingUrl: () => HttpHandler;
  /** 200 with a `url` the client must refuse to go to (default `javascript:…`): it reports `unsafe_redirect`. */
  unsafeRedirect: (url?: string) => HttpHandler;
  /** GET 200 with each status in turn, then the last one for good: `['pending', 'succeeded']` shows a payment landing. */
  checkoutSessionSequence: (statuses: CheckoutSessionSummary['status'][]) => HttpHandler;
  /** GET 200: this browser's last checkout, with `status`. @defaultValue `'succeeded'` */
  checkoutSession: (status?: CheckoutSessionSummary['status']) => HttpHandler;
  /** GET 200 `{ checkoutSession: null }`: this browser started no checkout (or it is gone). */
  noCheckoutSession: () => HttpHandler;
  /** GET 502 `upstream_error`: Flowglad could not be asked. */
  checkoutSessionError: () => HttpHandler;
}

/** The parts of `msw` the handlers are made with: the package itself, however it was loaded. */
export interface MswApi {
  http: typeof http;
  HttpResponse: typeof HttpResponse;
  delay: typeof delay;
}

const NO_STORE = { 'cache-control': 'no-store' };
const DEFAULT_ISSUES: CheckoutIssue[] = [{ path: ['quantity'], message: 'quantity must be at least 1' }];
const HTML_ERROR_PAGE =
  '<!DOCTYPE html><html><head><title>500: Internal Server Error</title></head><body><h1>500</h1><p>Internal Server Error.</p></body></html>';

/** The handlers of {@link checkoutRouteHandlers}, made with the given `msw`. */
export function createCheckoutRouteHandlers(
  { http, HttpResponse, delay }: MswApi,
  options: CheckoutRouteHandlersOptions = {},
): CheckoutRouteHandlers {
  const endpoint = options.endpoint ?? '*/api/checkout-sessions';
  const checkoutUrl = options.checkoutUrl ?? `${FLOWGLAD_ORIGIN}/checkout/chckt_session_msw`;
  const id = checkoutUrl.split('/').pop() || 'chckt_session_msw';
  const created = async (request: Request, fields: { url?: string }, reused = false) =>
    HttpResponse.json(
      { checkoutSession: await fakeCheckoutSession(request, id), ...fields, reused },
      { headers: NO_STORE },
    );
  type Refusal = {
    message?: string;
    issues?: CheckoutIssue[];
    method?: typeof http.get;
    headers?: Record<string, string>;
  };
  const routeErrorHandler = (
    code: CheckoutHandlerErrorCode,
    { message, issues, method = http.post, headers }: Refusal = {},
  ) =>
    method(endpoint, () => {
      const { status, body } = routeError(code, message, issues);
      return HttpResponse.json(body, { status, headers: { ...NO_STORE, ...headers } });
    });
  const raw = (status: number, body: string | null, contentType?: string) =>
    http.post(
      endpoint,
      () => new HttpResponse(body, { status, headers: contentType ? { 'content-type': contentType } : {} }),
    );
  const sequence = (statuses: CheckoutSessionSummary['status'][]) => {
    let asked = 0;
    return http.get(endpoint, () => {
      const status = statuses[Math.min(asked++, statuses.length - 1)] ?? 'open';
      return HttpResponse.json({ checkoutSession: fakeSessionSummary(id, status) }, { headers: NO_STORE });
    });
  };

  return {
    success: () => http.post(endpoint, ({ request }) => created(request, { url: checkoutUrl })),
    reusedSession: () => http.post(endpoint, ({ request }) => created(request, { url: checkoutUrl }, true)),
    slow: (ms = 2000) =>
      http.post(endpoint, async ({ request }) => {
        await delay(ms);
        return created(request, { url: checkoutUrl });
      }),
    networkError: () => http.post(endpoint, () => HttpResponse.error()),
    timeout: () =>
      http.post(endpoint, async () => {
        await delay('infinite');
        return new HttpResponse(null, { status: 204 });
      }),
    badRequest: (issues = DEFAULT_ISSUES) => routeErrorHandler('invalid_input', { issues }),
    checkoutRejected: (message = REJECTION_SENTENCES.rejected_price) =>
      routeErrorHandler('checkout_rejected', { message }),
    unauthorized: () => routeErrorHandler('unauthenticated'),
    forbidden: () => routeErrorHandler('forbidden'),
    rateLimited: () =>
      routeErrorHandler('rate_limited', { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } }),
    serverError: () => routeErrorHandler('internal_error'),
    upstreamError: () => routeErrorHandler('upstream_error'),
    upstreamTimeout: () => routeErrorHandler('upstream_timeout'),
    htmlErrorPage: () => raw(500, HTML_ERROR_PAGE, 'text/html; charset=utf-8'),
    emptyBody: () => raw(200, null),
    notJson: () => raw(200, 'OK', 'text/plain; charset=utf-8'),
    missingUrl: () => http.post(endpoint, ({ request }) => created(request, {})),
    unsafeRedirect: (url = 'javascript:alert(document.cookie)') =>
      http.post(endpoint, ({ request }) => created(request, { url })),
    checkoutSessionSequence: sequence,
    checkoutSession: (status = 'succeeded') => sequence([status]),
    noCheckoutSession: () =>
      http.get(endpoint, () => HttpResponse.json({ checkoutSession: null }, { headers: NO_STORE })),
    checkoutSessionError: () => routeErrorHandler('upstream_error', { method: http.get }),
  };
}

/** What the browser asked for, when it sent readable JSON. */
async function requested(request: Request): Promise<Record<string, unknown>> {
  try {
    const body = (await request.json()) as { checkoutSession?: unknown };
    return isObject(body?.checkoutSession) ? body.checkoutSession : {};
  } catch {
    return {};
  }
}

/** The session the MSW handlers' route creates, echoing the requested type, price, quantity and URLs. */
async function fakeCheckoutSession(request: Request, id: string): Promise<FlowgladCheckoutSession> {
  const input = await requested(request);
  const now = Date.now();
  const type =
    input.type === 'add_payment_method' || input.type === 'activate_subscription' ? input.type : 'product';
  return {
    id,
    status: 'open',
    type,
    livemode: false,
    createdAt: now,
    updatedAt: now,
    expires: now + SESSION_LIFETIME_MS,
    priceId: typeof input.priceId === 'string' ? input.priceId : 'price_msw',
    quantity: typeof input.quantity === 'number' ? input.quantity : 1,
    successUrl: typeof input.successUrl === 'string' ? input.successUrl : null,
    cancelUrl: typeof input.cancelUrl === 'string' ? input.cancelUrl : null,
    customerId: 'cust_msw',
    outputMetadata: null,
    outputName: null,
    targetSubscriptionId: null,
  };
}

/** What the MSW handlers' route answers a `GET` with for this browser's last checkout. */
function fakeSessionSummary(id: string, status: CheckoutSessionSummary['status']): CheckoutSessionSummary {
  const now = Date.now();
  return {
    id,
    status,
    type: 'product',
    livemode: false,
    priceId: 'price_msw',
    quantity: 1,
    outputName: null,
    outputMetadata: null,
    createdAt: now,
    expires: now + SESSION_LIFETIME_MS,
  };
}
