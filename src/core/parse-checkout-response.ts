import { CheckoutError, type CheckoutIssue } from './checkout-error';
import type { CheckoutSessionResult } from './types';

// biome-ignore lint/suspicious/noExplicitAny: an answer of unknown shape, read defensively with ?.
type Answer = any;

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
  let body: Answer;
  try {
    body = JSON.parse(text);
  } catch {}
  if (ok && typeof body?.url === 'string' && body.url) {
    return typeof body.checkoutSession === 'object' && body.checkoutSession
      ? { url: body.url, checkoutSession: body.checkoutSession }
      : { url: body.url };
  }
  const error: Answer = body?.error;
  const list: Answer = error?.issues ?? error;
  const issues: CheckoutIssue[] | undefined = Array.isArray(list)
    ? list.map((issue) => ({
        path: Array.isArray(issue?.path) ? issue.path : [],
        message: String(issue?.message),
      }))
    : undefined;
  const said = ok ? undefined : (error?.message ?? (typeof error === 'string' ? error : body?.message));
  throw new CheckoutError(
    ok ? 'invalid_response' : 'http',
    typeof said === 'string'
      ? said
      : !ok && issues
        ? `The checkout input was refused: ${issues.map((issue) => issue.message).join('; ')}`
        : `The checkout route (${endpoint}) answered HTTP ${status}${
            ok
              ? ' without a JSON "url" (it should answer { checkoutSession, url })'
              : !text
                ? ' with an empty body'
                : text[0] === '<'
                  ? ' with an HTML page instead of JSON'
                  : `: ${text.slice(0, 200)}`
          }. Check that endpoint is your checkout route.`,
    { status, issues },
  );
}
