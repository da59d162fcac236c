/**
 * Refuses `Sec-Fetch-Site: cross-site` and an `Origin` not in `allowedOrigins`; a request without
 * `Origin` (a server, curl) passes, since browsers always label other sites' requests.
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
