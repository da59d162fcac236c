/**
 * The cross-site request rule: a browser request whose `Sec-Fetch-Site` is `cross-site` is refused,
 * and an `Origin` header must be one of `allowedOrigins` (the shop's, already normalised, e.g. by
 * `new URL(o).origin`). A request without `Origin` (a server, curl, a same-origin GET) passes: the rule
 * stops other sites' pages, which browsers always label.
 *
 * @example
 * ```ts
 * if (!isAllowedRequestOrigin(request, ['https://shop.example.com'])) return errorResponse(403, 'forbidden_origin', '…');
 * ```
 */
export function isAllowedRequestOrigin(request: Request, allowedOrigins: readonly string[]): boolean {
  if (request.headers.get('sec-fetch-site')?.toLowerCase() === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  let normalised: string;
  try {
    normalised = new URL(origin).origin;
  } catch {
    return false; // `Origin: null` (sandboxed frames, file: pages) and garbage
  }
  return allowedOrigins.includes(normalised);
}
