/**
 * A JSON answer that no cache may keep (`Cache-Control: no-store`): every answer of the checkout
 * handler is one, successful or not.
 *
 * @example
 * ```ts
 * return jsonResponse(200, { checkoutSession, url });
 * ```
 */
export function jsonResponse(status: number, body: unknown, headers?: HeadersInit): Response {
  const merged = new Headers(headers);
  merged.set('content-type', 'application/json; charset=utf-8');
  merged.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers: merged });
}
