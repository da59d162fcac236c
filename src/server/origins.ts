/**
 * Which origins are the shop's for a request, and the check of its `Origin` (a form post must prove it
 * is same-origin).
 */
import { isLoopbackHost } from '../core/redirect-rule';
import { refusal } from './refusal';
import type { RouteContext } from './route-context';

/**
 * The shop's origins for this request: `appOrigins`, or, when none are set, the request's own origin
 * only when it is this machine (a forged `Host` can never name a public origin the route would trust).
 */
export function shopOrigins(request: Request, { settings }: RouteContext): readonly string[] {
  if (settings.appOrigins) return settings.appOrigins;
  const own = new URL(request.url);
  return isLoopbackHost(own) ? [own.origin] : [];
}

/**
 * Refuses `Sec-Fetch-Site: cross-site` and an `Origin` not in `allowedOrigins`; a request without
 * `Origin` (a server, curl) passes, since browsers always label other sites' requests. A form post
 * must prove it is same-origin: `Origin`, or `Sec-Fetch-Site: same-origin` where `Origin` is absent.
 */
function isAllowedRequestOrigin(request: Request, allowedOrigins: readonly string[], form: boolean): boolean {
  if (allowedOrigins.length === 0) return false;
  const site = request.headers.get('sec-fetch-site')?.toLowerCase();
  if (site === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return !form || site === 'same-origin';
  let normalised: string;
  try {
    normalised = new URL(origin).origin;
  } catch {
    return false; // `Origin: null` (sandboxed frames, file: pages) and garbage
  }
  return allowedOrigins.includes(normalised);
}

/** What a developer reads about a refused origin (in development, once per origin). */
function explain(request: Request, origins: readonly string[]): { key: string; message: string } {
  if (origins.length === 0) {
    const own = new URL(request.url).origin;
    return {
      key: `no-app-origins ${own}`,
      message: `refused a request to ${own} (403 forbidden_origin): no appOrigins (or FLOWGLAD_APP_ORIGINS) is set, so only this machine (localhost, 127.0.0.1, [::1]) is served. Set appOrigins: ['${own}'] or FLOWGLAD_APP_ORIGINS=${own}, if that is your shop's public origin.`,
    };
  }
  const from = request.headers.get('origin') ?? `a ${request.headers.get('sec-fetch-site') ?? 'form'} page`;
  return {
    key: `origin ${from}`,
    message: `refused a request from ${from.slice(0, 200)} (403 forbidden_origin): the allowed origins are ${origins.join(', ')}. If that page is your shop's, add its origin to appOrigins (or FLOWGLAD_APP_ORIGINS); a page on another origin than the route must reach it through its own origin (a proxy: Vite's server.proxy, Next.js rewrites).`,
  };
}

/** The shop's origins when the request may go on; else it is refused, 403 (and, in development, told why). */
export function checkRequestOrigin(request: Request, context: RouteContext, form = false): readonly string[] {
  const origins = shopOrigins(request, context);
  if (isAllowedRequestOrigin(request, origins, form)) return origins;
  const { key, message } = explain(request, origins);
  context.notice(key, message);
  throw refusal('forbidden_origin');
}
