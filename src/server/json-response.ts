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
