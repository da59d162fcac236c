/**
 * The one request to the checkout route: sent under one deadline, its answer read whatever it is, and
 * the error for an answer that is not what was asked for.
 */
import { CHECKOUT_ROUTE_ERROR_CODES, CheckoutError, type CheckoutIssue } from './checkout-error';
import { DEFAULT_ENDPOINT, DEFAULT_TIMEOUT_MS, isTimeoutMs, MAX_INT32 } from './defaults';
import type { CheckoutConfig } from './types';

const TIMEOUT = 'timeout';

/**
 * One request to the route under one deadline, which holds even when `headers`, `fetch` or `read` ignore
 * the abort signal; redirects are never followed.
 */
export async function callCheckoutRoute<T>(
  {
    endpoint = DEFAULT_ENDPOINT,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    signal,
    headers,
    fetch: send = fetch,
  }: CheckoutConfig,
  read: (response: Response, endpoint: string) => Promise<T>,
  body?: string,
): Promise<T> {
  if (!isTimeoutMs(timeoutMs)) {
    throw new CheckoutError(
      'invalid_input',
      `timeoutMs must be a number of milliseconds from 1 to ${MAX_INT32} (whole), not ${timeoutMs}. Nothing was sent.`,
    );
  }
  const page = globalThis.location;
  const controller = new AbortController();
  const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', reject));
  const stop = () => controller.abort();
  const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
  signal?.addEventListener('abort', stop);
  if (signal?.aborted) stop();
  const call = async () => {
    let init: HeadersInit | undefined;
    try {
      init = typeof headers === 'function' ? await headers() : headers;
    } catch (cause) {
      throw new CheckoutError('invalid_input', `The headers option threw (${cause}). Nothing was sent.`, {
        cause,
      });
    }
    controller.signal.throwIfAborted();
    const sent = new Headers(init);
    sent.set('accept', 'application/json');
    if (body) sent.set('content-type', 'application/json');
    const response = await send(page ? new URL(endpoint, page.href).href : endpoint, {
      method: body ? 'POST' : 'GET',
      headers: sent,
      body,
      signal: controller.signal,
      redirect: 'manual',
    });
    return read(response, endpoint);
  };
  try {
    return await Promise.race([stopped, call()]);
  } catch (cause) {
    if (cause instanceof CheckoutError) throw cause;
    const { aborted, reason } = controller.signal;
    if (aborted && reason === TIMEOUT) {
      throw new CheckoutError(
        'timeout',
        `The checkout route did not answer within ${timeoutMs} ms. Try again, or raise timeoutMs.`,
        { cause },
      );
    }
    if (aborted) throw new CheckoutError('aborted', 'The checkout request was cancelled.', { cause });
    let message = `Could not reach the checkout route (${endpoint}). Check the connection and the endpoint, then try again.`;
    try {
      const origin = process.env.NODE_ENV !== 'production' && page && new URL(endpoint, page.href).origin;
      if (origin && origin !== page?.origin) {
        message += ` ${origin} is another origin than this page (${page.origin}): the browser blocks the call unless that route allows it (CORS), and the checkout's cookie would not come back to your thanks page either. Serve the route from the page's origin, or proxy it there (Vite's server.proxy, Next.js rewrites).`;
      }
    } catch {}
    throw new CheckoutError('network', message, { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** The checkout route's answer, read whatever it is (JSON, text, HTML, nothing). */
export interface RouteAnswer {
  status: number;
  ok: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: an answer of unknown shape, read defensively with ?.
  body: any;
  text: string;
}

/** A redirect is refused: following it would send the body and headers somewhere else. */
export async function readRouteAnswer(response: Response, endpoint: string): Promise<RouteAnswer> {
  const { status, ok } = response;
  if (response.type === 'opaqueredirect' || (status > 299 && status < 400)) {
    throw new CheckoutError(
      'invalid_response',
      `The checkout route (${endpoint}) answered with a redirect (HTTP ${status}), which is not followed. Set endpoint to the route itself.`,
      { status },
    );
  }
  const text = (await response.text()).trim();
  let body: RouteAnswer['body'];
  try {
    body = JSON.parse(text);
  } catch {}
  return { status, ok, body, text };
}

const toIssues = (list: unknown): CheckoutIssue[] | undefined =>
  Array.isArray(list)
    ? list.map((issue) => ({
        path: Array.isArray(issue?.path) ? issue.path : [],
        message: String(issue?.message),
      }))
    : undefined;

/** Developer text for a failed answer: what the route said, or what the answer looked like. */
function describe(
  { status, ok, body, text }: RouteAnswer,
  endpoint: string,
  field: string,
  issues?: CheckoutIssue[],
) {
  const error = body?.error;
  const said = error?.message ?? (typeof error === 'string' ? error : body?.message);
  if (!ok && typeof said === 'string') return said;
  if (!ok && issues)
    return `The checkout input was refused: ${issues.map((issue) => issue.message).join('; ')}`;
  let what = `: ${text.slice(0, 200)}`;
  if (ok) what = ` without a JSON "${field}"`;
  else if (!text) what = ' with an empty body';
  else if (text[0] === '<') what = ' with an HTML page instead of JSON';
  return `The checkout route (${endpoint}) answered HTTP ${status}${what}. Check that endpoint is your checkout route.`;
}

/** The error for any other answer; the route's words are kept only in its envelope under a code it knows. */
export function routeAnswerError(answer: RouteAnswer, endpoint: string, field: string): CheckoutError {
  const { status, ok } = answer;
  const error = answer.body?.error;
  const issues = toIssues(error?.issues ?? error);
  // The route's words are trusted only in this library's envelope, under a code it knows.
  const routeCode =
    !ok && typeof error?.message === 'string' && CHECKOUT_ROUTE_ERROR_CODES.includes(error.code)
      ? error.code
      : undefined;
  return new CheckoutError(ok ? 'invalid_response' : 'http', describe(answer, endpoint, field, issues), {
    status,
    issues,
    routeCode,
  });
}
