/**
 * A JSON answer that no cache may keep (`Cache-Control: no-store`): every answer of the checkout
 * handler is one, successful or not.
 *
 * @example
 * ```ts
 * return jsonResponse(200, { checkoutSession, url });
 * ```
 */
/**
 * The text of every answer {@link jsonResponse} made, so the Node adapter can write it without reading
 * the Response's stream back (a measurable share of each request's CPU).
 */
export const jsonBodies = new WeakMap<Response, string>();

export function jsonResponse(status: number, body: unknown, headers?: HeadersInit): Response {
  const merged = new Headers(headers);
  merged.set('content-type', 'application/json; charset=utf-8');
  merged.set('cache-control', 'no-store');
  const text = JSON.stringify(body);
  const response = new Response(text, { status, headers: merged });
  jsonBodies.set(response, text);
  return response;
}
