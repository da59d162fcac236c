import { DEMO_SHOPPER } from './demo-shopper';
import { DEMO_SESSION_COOKIE, getDemoShopper } from './get-demo-shopper';

const cookie = (value: string, maxAge: number) =>
  `${DEMO_SESSION_COOKIE}=${value}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${maxAge}`;

/**
 * `/api/demo-session`, the demo's stand-in for a shop's sign-in: `GET` says who is signed in (and the
 * plans they subscribe to, from `plansOf`), `POST` signs the demo shopper in, `DELETE` signs out.
 * There is no password: it only sets or clears the cookie the checkout route's `getCustomer` reads.
 * Other sites' pages are refused.
 *
 * @example
 * ```ts
 * const response = await handleDemoSession(new Request('http://localhost:5173/api/demo-session'), async () => []);
 * ```
 */
export async function handleDemoSession(
  request: Request,
  plansOf: (externalId: string) => Promise<string[]>,
): Promise<Response> {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response(null, { status: 403 });
  const answer = async (signedIn: boolean, setCookie?: string) => {
    const { externalId, name, email } = DEMO_SHOPPER;
    const shopper = signedIn ? { name, email, plans: await plansOf(externalId) } : null;
    const headers = new Headers({ 'cache-control': 'no-store' });
    if (setCookie) headers.set('set-cookie', setCookie);
    return Response.json({ shopper }, { headers });
  };
  if (request.method === 'GET') return answer(getDemoShopper(request) !== null);
  if (request.method === 'POST') return answer(true, cookie(DEMO_SHOPPER.externalId, 86_400));
  if (request.method === 'DELETE') return answer(false, cookie('', 0));
  return new Response(null, { status: 405, headers: { allow: 'GET, POST, DELETE' } });
}
