import { CheckoutError, type CheckoutIssue } from './checkout-error';
import type { CheckoutSessionResult } from './types';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const toIssues = (value: unknown): CheckoutIssue[] | undefined =>
  Array.isArray(value)
    ? value.map((issue) => ({
        path: Array.isArray(issue?.path) ? issue.path : [],
        message: String(issue?.message ?? issue),
      }))
    : undefined;

/**
 * Turns whatever the checkout route answered — JSON, plain text, an HTML error page or nothing — into
 * a {@link CheckoutSessionResult}, or throws a {@link CheckoutError}: `http` for a non-2xx answer (with
 * `status`, the route's own message and `issues` when it sent them — this library's
 * `{error:{message,issues}}` or Flowglad's raw `{error: string | issue[]}`), `invalid_response` for a
 * 2xx answer without a JSON `url`.
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
  const { status, ok } = response;
  const text = (await response.text()).trim();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {}
  if (ok && isObject(body) && typeof body.url === 'string' && body.url) {
    return isObject(body.checkoutSession)
      ? { url: body.url, checkoutSession: body.checkoutSession as CheckoutSessionResult['checkoutSession'] }
      : { url: body.url };
  }
  const error = isObject(body) ? body.error : undefined;
  const nested = isObject(error) ? error : undefined;
  const issues = toIssues(nested ? nested.issues : error);
  const said =
    nested?.message ?? (typeof error === 'string' ? error : isObject(body) ? body.message : undefined);
  const detail = ok
    ? ' without a JSON "url" (it should answer { checkoutSession, url }, as createCheckoutSessionHandler does)'
    : !text
      ? ' with an empty body'
      : text.startsWith('<')
        ? ' with an HTML page instead of JSON'
        : `: ${text.slice(0, 200)}`;
  throw new CheckoutError(
    ok ? 'invalid_response' : 'http',
    !ok && typeof said === 'string'
      ? said
      : !ok && issues
        ? `The checkout input was refused: ${issues.map((issue) => issue.message).join('; ')}`
        : `The checkout route (${endpoint}) answered HTTP ${status}${detail}. Check that endpoint is your checkout route.`,
    { status, ...(issues && { issues }) },
  );
}
