import { DEMO_SHOPPER } from './demo-shopper';
import { DEMO_SESSION_COOKIE, getDemoShopper } from './get-demo-shopper';

const cookie = (value: string, maxAge: number) =>
  `${DEMO_SESSION_COOKIE}=${value}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${maxAge}`;

const answer = (signedIn: boolean, setCookie?: string) => {
  const shopper = signedIn ? { name: DEMO_SHOPPER.name, email: DEMO_SHOPPER.email } : null;
  const headers = new Headers({ 'cache-control': 'no-store' });
  if (setCookie) headers.set('set-cookie', setCookie);
  return Response.json({ shopper }, { headers });
};

/**
 * `/api/demo-session`, the demo's stand-in for a shop's sign-in: `GET` says who is signed in,
 * `POST` signs the demo shopper in, `DELETE` signs out. There is no password: it only sets or clears
 * the cookie the checkout route's `getCustomer` reads. Other sites' pages are refused.
 *
 * @example
 * ```ts
 * const response = handleDemoSession(new Request('http://localhost:5173/api/demo-session', { method: 'POST' }));
 * ```
 */
export function handleDemoSession(request: Request): Response {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response(null, { status: 403 });
  if (request.method === 'GET') return answer(getDemoShopper(request) !== null);
  if (request.method === 'POST') return answer(true, cookie(DEMO_SHOPPER.externalId, 86_400));
  if (request.method === 'DELETE') return answer(false, cookie('', 0));
  return new Response(null, { status: 405, headers: { allow: 'GET, POST, DELETE' } });
}
