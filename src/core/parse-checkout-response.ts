import { CheckoutError, type CheckoutIssue } from './checkout-error';
import type { CheckoutSessionResult, FlowgladCheckoutSession } from './types';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const toIssues = (value: unknown): CheckoutIssue[] | undefined =>
  Array.isArray(value)
    ? value.map((issue: Json) => ({
        path: Array.isArray(issue?.path) ? issue.path : [],
        message: String(issue?.message ?? issue),
      }))
    : undefined;

/** The people-readable part of an error body, whichever shape it came in. */
const describe = (status: number, body: unknown, text: string, endpoint: string) => {
  const error = isObject(body) ? body.error : undefined;
  // This library's own shape: { error: { code, message, issues? } }
  if (isObject(error) && typeof error.message === 'string')
    return { message: error.message, issues: toIssues(error.issues) };
  // Flowglad's raw shapes: { error: "Invalid priceId…", code } or { error: [zod issues], code }
  if (typeof error === 'string') return { message: error };
  const issues = toIssues(error);
  if (issues)
    return { message: `The checkout input was refused: ${issues.map((i) => i.message).join('; ')}`, issues };
  if (isObject(body) && typeof body.message === 'string') return { message: body.message };
  const trimmed = text.trim();
  if (!trimmed)
    return {
      message: `The checkout route answered HTTP ${status} with an empty body. Check that endpoint (${endpoint}) is your checkout route.`,
    };
  if (trimmed.startsWith('<'))
    return {
      message: `The checkout route answered HTTP ${status} with an HTML page instead of JSON. Check that endpoint (${endpoint}) is your checkout route, and the server's logs.`,
    };
  return { message: `The checkout route answered HTTP ${status}: ${trimmed.slice(0, 200)}` };
};

/**
 * Turns whatever the checkout route answered — JSON, plain text, an HTML error page or nothing — into
 * a {@link CheckoutSessionResult}, or throws a {@link CheckoutError} with code `http` (non-2xx, with
 * `status`, the route's message and `issues` when it sent them) or `invalid_response` (2xx without a
 * JSON `url`).
 *
 * @example
 * ```ts
 * const result = await parseCheckoutResponse(await fetch(endpoint, init), endpoint);
 * ```
 */
export async function parseCheckoutResponse(
  response: Response,
  endpoint: string,
): Promise<CheckoutSessionResult> {
  const { status } = response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const { message, issues } = describe(status, body, text, endpoint);
    throw new CheckoutError('http', message, { status, ...(issues && { issues }) });
  }
  if (isObject(body) && typeof body.url === 'string' && body.url) {
    const session = body.checkoutSession;
    return isObject(session)
      ? { url: body.url, checkoutSession: session as FlowgladCheckoutSession }
      : { url: body.url };
  }
  throw new CheckoutError(
    'invalid_response',
    body === undefined
      ? `The checkout route answered HTTP ${status} but not with JSON. Check that endpoint (${endpoint}) is your checkout route and not a page.`
      : `The checkout route answered HTTP ${status} without a "url". It should answer { checkoutSession, url }, as createCheckoutSessionHandler does.`,
    { status },
  );
}
