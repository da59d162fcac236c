import { DEMO_SHOPPER } from './demo-shopper';
import { DEMO_SESSION_COOKIE, getDemoShopper } from './get-demo-shopper';
import type { DemoShopperView } from './use-demo-shopper';

const cookie = (value: string, maxAge: number) =>
  `${DEMO_SESSION_COOKIE}=${value}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${maxAge}`;

/**
 * Who is signed in, as the page may know them — name, email and the plans they subscribe to (from
 * `plansOf`) — or `null` for a guest: what `GET /api/demo-session` answers and what the server-rendered
 * pages start from.
 *
 * @example
 * ```ts
 * const shopper = await readDemoShopperView(request, flowglad.plansOf);
 * ```
 */
export async function readDemoShopperView(
  request: Request,
  plansOf: (externalId: string) => Promise<string[]>,
): Promise<DemoShopperView | null> {
  return getDemoShopper(request) ? shopperView(plansOf) : null;
}

async function shopperView(plansOf: (externalId: string) => Promise<string[]>): Promise<DemoShopperView> {
  const { externalId, name, email } = DEMO_SHOPPER;
  return { name: name ?? externalId, email: email ?? '', plans: await plansOf(externalId) };
}

/** A form post proves it comes from the store's own pages: the browser says so, or its Origin is this host. */
function fromOwnPage(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = request.headers.get('origin');
  return origin !== null && origin === new URL(request.url).origin;
}

/** Back to the page the form was on (a path of this store only), else the front page. */
function backTo(request: Request): string {
  const referer = URL.parse(request.headers.get('referer') ?? '');
  const own = referer && referer.origin === new URL(request.url).origin;
  return own ? `${referer.pathname}${referer.search}` : '/';
}

/**
 * `/api/demo-session`, the demo's stand-in for a shop's sign-in: `GET` says who is signed in (and the
 * plans they subscribe to, from `plansOf`), `POST` signs the demo shopper in, `DELETE` signs out.
 * The header's form posts `action=sign-in` or `action=sign-out` before hydration (or with JavaScript
 * off) and is sent back to its page (`303`). There is no password: it only sets or clears the cookie
 * the checkout route's `getCustomer` reads. Other sites' pages are refused.
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
  const signIn = cookie(DEMO_SHOPPER.externalId, 86_400);
  const signOut = cookie('', 0);
  const answer = async (signedIn: boolean, setCookie?: string) => {
    const headers = new Headers({ 'cache-control': 'no-store' });
    if (setCookie) headers.set('set-cookie', setCookie);
    return Response.json({ shopper: signedIn ? await shopperView(plansOf) : null }, { headers });
  };
  if (request.method === 'GET') return answer(getDemoShopper(request) !== null);
  if (request.method === 'DELETE') return answer(false, signOut);
  if (request.method !== 'POST') {
    return new Response(null, { status: 405, headers: { allow: 'GET, POST, DELETE' } });
  }
  if (!request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')) {
    return answer(true, signIn);
  }
  if (!fromOwnPage(request)) return new Response(null, { status: 403 });
  const action = new URLSearchParams(await request.text()).get('action');
  if (action !== 'sign-in' && action !== 'sign-out') return new Response(null, { status: 400 });
  return new Response(null, {
    status: 303,
    headers: { location: backTo(request), 'set-cookie': action === 'sign-in' ? signIn : signOut },
  });
}
