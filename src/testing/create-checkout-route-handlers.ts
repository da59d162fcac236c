import type { delay, HttpHandler, HttpResponse, http } from 'msw';
import type { CheckoutIssue } from '../core/checkout-error';
import { FLOWGLAD_ORIGIN } from '../core/defaults';
import type { CheckoutSessionSummary, FlowgladCheckoutSession } from '../core/types';
import { routeError } from '../server/route-error';
import { SHOPPER_MESSAGES } from '../server/shopper-messages';
import type { CheckoutHandlerErrorCode } from '../server/types';

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

const NO_STORE = { 'cache-control': 'no-store' };
const DEFAULT_ISSUES: CheckoutIssue[] = [{ path: ['quantity'], message: 'quantity must be at least 1' }];

/** What the browser asked for, when it sent readable JSON — echoed into the fake session. */
async function requested(request: Request): Promise<Record<string, unknown>> {
  try {
    const body = (await request.json()) as { checkoutSession?: unknown };
    const session = body?.checkoutSession;
    return typeof session === 'object' && session !== null ? (session as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const fakeSession = (input: Record<string, unknown>, id: string): FlowgladCheckoutSession => {
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
    expires: now + 24 * 60 * 60 * 1000,
    priceId: typeof input.priceId === 'string' ? input.priceId : 'price_msw',
    quantity: typeof input.quantity === 'number' ? input.quantity : 1,
    successUrl: typeof input.successUrl === 'string' ? input.successUrl : null,
    cancelUrl: typeof input.cancelUrl === 'string' ? input.cancelUrl : null,
    customerId: 'cust_msw',
    outputMetadata: null,
    outputName: null,
    targetSubscriptionId: null,
  };
};

/** What the route's GET answers for this browser's last checkout. */
const fakeSummary = (id: string, status: CheckoutSessionSummary['status']): CheckoutSessionSummary => {
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
    expires: now + 24 * 60 * 60 * 1000,
  };
};

/** The parts of `msw` the handlers are made with: the package itself, however it was loaded. */
export interface MswApi {
  http: typeof http;
  HttpResponse: typeof HttpResponse;
  delay: typeof delay;
}

/** The handlers of {@link checkoutRouteHandlers}, made with the given `msw`. */
export function createCheckoutRouteHandlers(
  { http, HttpResponse, delay }: MswApi,
  options: CheckoutRouteHandlersOptions = {},
) {
  const endpoint = options.endpoint ?? '*/api/checkout-sessions';
  const checkoutUrl = options.checkoutUrl ?? `${FLOWGLAD_ORIGIN}/checkout/chckt_session_msw`;
  const id = checkoutUrl.split('/').pop() || 'chckt_session_msw';
  const answer = async (request: Request, url = checkoutUrl) =>
    HttpResponse.json(
      { checkoutSession: fakeSession(await requested(request), id), url },
      { headers: NO_STORE },
    );
  const refuse = (
    code: CheckoutHandlerErrorCode,
    {
      message,
      issues,
      method = http.post,
    }: { message?: string; issues?: CheckoutIssue[]; method?: typeof http.get } = {},
  ) =>
    method(endpoint, () => {
      const { status, body } = routeError(code, message, issues);
      return HttpResponse.json(body, { status, headers: NO_STORE });
    });
  const raw = (status: number, body: string | null, contentType?: string) =>
    http.post(
      endpoint,
      () => new HttpResponse(body, { status, headers: contentType ? { 'content-type': contentType } : {} }),
    );

  const sequence = (statuses: CheckoutSessionSummary['status'][]): HttpHandler => {
    let asked = 0;
    return http.get(endpoint, () => {
      const status = statuses[Math.min(asked++, statuses.length - 1)] ?? 'open';
      return HttpResponse.json({ checkoutSession: fakeSummary(id, status) }, { headers: NO_STORE });
    });
  };

  return {
    /** 200 `{ checkoutSession, url }`, echoing the requested price, quantity and URLs. */
    success: (): HttpHandler => http.post(endpoint, ({ request }) => answer(request)),
    /** Succeeds after `ms` milliseconds: shows the busy state. @defaultValue 2000 */
    slow: (ms = 2000): HttpHandler =>
      http.post(endpoint, async ({ request }) => {
        await delay(ms);
        return answer(request);
      }),
    /** The connection fails (the route is down, the shopper offline): the client reports `network`. */
    networkError: (): HttpHandler => http.post(endpoint, () => HttpResponse.error()),
    /** Never answers: the client gives up after its `timeoutMs` and reports `timeout`. */
    timeout: (): HttpHandler =>
      http.post(endpoint, async () => {
        await delay('infinite');
        return new HttpResponse(null, { status: 204 });
      }),
    /** 400 `invalid_input` with field `issues` (default: quantity below 1). */
    badRequest: (issues: CheckoutIssue[] = DEFAULT_ISSUES): HttpHandler =>
      refuse('invalid_input', { issues }),
    /**
     * 400 `checkout_rejected`: Flowglad refused the checkout. The route says why in shopper terms only
     * (default: the price cannot be bought, as for an unknown or usage price).
     */
    checkoutRejected: (message: string = SHOPPER_MESSAGES.rejected_price): HttpHandler =>
      refuse('checkout_rejected', { message }),
    /** 401 `unauthenticated`: nobody is signed in. */
    unauthorized: (): HttpHandler => refuse('unauthenticated'),
    /** 403 `forbidden`: `authorize` refused this shopper this purchase. */
    forbidden: (): HttpHandler => refuse('forbidden'),
    /** 500 `internal_error`: the route's own code (`getCustomer`, `authorize`) failed. */
    serverError: (): HttpHandler => refuse('internal_error'),
    /** 502 `upstream_error`: Flowglad is down or refused the route's key. */
    upstreamError: (): HttpHandler => refuse('upstream_error'),
    /** 504 `upstream_timeout`: Flowglad did not answer the route in time. */
    upstreamTimeout: (): HttpHandler => refuse('upstream_timeout'),
    /** 500 with an HTML error page, as a misconfigured framework or proxy sends. */
    htmlErrorPage: (): HttpHandler =>
      raw(
        500,
        '<!DOCTYPE html><html><head><title>500: Internal Server Error</title></head><body><h1>500</h1><p>Internal Server Error.</p></body></html>',
        'text/html; charset=utf-8',
      ),
    /** 200 with no body at all: the client reports `invalid_response`. */
    emptyBody: (): HttpHandler => raw(200, null),
    /** 200 with plain text instead of JSON: the client reports `invalid_response`. */
    notJson: (): HttpHandler => raw(200, 'OK', 'text/plain; charset=utf-8'),
    /** 200 JSON without `url`: the client reports `invalid_response`. */
    missingUrl: (): HttpHandler =>
      http.post(endpoint, async ({ request }) =>
        HttpResponse.json(
          { checkoutSession: fakeSession(await requested(request), id) },
          { headers: NO_STORE },
        ),
      ),
    /** 200 with a `url` the client must refuse to go to (default `javascript:…`): it reports `unsafe_redirect`. */
    unsafeRedirect: (url = 'javascript:alert(document.cookie)'): HttpHandler =>
      http.post(endpoint, ({ request }) => answer(request, url)),
    /** GET 200 with each status in turn, then the last one for good: `['pending', 'succeeded']` shows a payment landing. */
    checkoutSessionSequence: sequence,
    /** GET 200: this browser's last checkout, with `status`. @defaultValue `'succeeded'` */
    checkoutSession: (status: CheckoutSessionSummary['status'] = 'succeeded'): HttpHandler =>
      sequence([status]),
    /** GET 404 `no_checkout_session`: this browser started no checkout (or it is gone). */
    noCheckoutSession: (): HttpHandler => refuse('no_checkout_session', { method: http.get }),
    /** GET 502 `upstream_error`: Flowglad could not be asked. */
    checkoutSessionError: (): HttpHandler => refuse('upstream_error', { method: http.get }),
  };
}
