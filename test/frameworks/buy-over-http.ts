import { expect } from 'vitest';

/** What a purchase over HTTP saw at each step, for the test's own assertions. */
export interface HttpPurchase {
  /** The route's answer to the `POST` (a form post's: its status and `Location` as `url`). */
  created: { status: number; body: { url?: string; checkoutSession?: { id: string } } };
  /** The confirmation cookie the `POST` set (`name=value`). */
  checkoutCookie: string;
  /** Where the hosted page's Pay button sent the browser. */
  paidLocation: string | null;
  /** The route's answer to the `GET` with that cookie. */
  confirmed: { status: number; body: { checkoutSession: { id: string; status: string } | null } };
  /** `Cookie` header a browser would now send to the shop. */
  cookieHeader: string;
}

/** One purchase's input: what the storefront's button would post. */
export interface HttpPurchaseOptions {
  /** The shop's origin, where the route lives (`http://127.0.0.1:…`). */
  shop: string;
  /** @defaultValue `'/api/checkout-sessions'` */
  route?: string;
  /** The example's demo sign-in cookie (`shopper=<id>`). @defaultValue `'shopper=shopper_demo'` */
  signIn?: string;
  successUrl: string;
  cancelUrl: string;
  /**
   * `'json'`: the hydrated button's `fetch`, answered 200 `{ url }`. `'form'`: the server-rendered
   * button's form post (before hydration) from the shop's home page, answered 303 to the hosted page.
   * @defaultValue `'json'`
   */
  post?: 'json' | 'form';
}

/** Cookies as a browser keeps them for one site: by name, the latest value wins. */
function cookieJar(initial: string) {
  const jar = new Map<string, string>();
  const add = (pair: string) => {
    const [name = '', ...value] = pair.split(';')[0]?.trim().split('=') ?? [];
    if (name) jar.set(name, value.join('='));
  };
  add(initial);
  return {
    take: (response: Response) => {
      for (const cookie of response.headers.getSetCookie()) add(cookie);
    },
    header: () => [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    find: (pattern: RegExp) => [...jar].find(([name]) => pattern.test(name)),
  };
}

/**
 * Buys the stand-in's T-shirt through a shop's checkout route the way a browser would, over plain
 * HTTP (for recipes without a page): `POST` the route from the shop's origin → open the hosted page it
 * answers → press its Pay form → `GET` the route with the cookie. Fails, saying what came back, when a
 * step does not answer as a working route does.
 *
 * @example
 * ```ts
 * const purchase = await buyOverHttp({ shop: app.url, successUrl: `${app.url}/thanks`, cancelUrl: app.url });
 * expect(purchase.confirmed.body.checkoutSession?.status).toBe('succeeded');
 * ```
 */
export async function buyOverHttp(options: HttpPurchaseOptions): Promise<HttpPurchase> {
  const route = new URL(options.route ?? '/api/checkout-sessions', options.shop).href;
  const jar = cookieJar(options.signIn ?? 'shopper=shopper_demo');
  const session = {
    type: 'product',
    priceSlug: 'tshirt',
    quantity: 1,
    successUrl: options.successUrl,
    cancelUrl: options.cancelUrl,
  };
  const form = options.post === 'form';
  const post = await fetch(route, {
    method: 'POST',
    headers: {
      origin: options.shop,
      cookie: jar.header(),
      ...(form
        ? { 'content-type': 'application/x-www-form-urlencoded', referer: `${options.shop}/` }
        : { 'content-type': 'application/json' }),
    },
    body: form
      ? new URLSearchParams({ checkoutSession: JSON.stringify(session) }).toString()
      : JSON.stringify({ checkoutSession: session }),
    redirect: 'manual',
  });
  const created = form
    ? { status: post.status, body: { url: post.headers.get('location') ?? undefined } }
    : { status: post.status, body: await post.json() };
  expect(created, 'the route creates the checkout').toMatchObject({
    status: form ? 303 : 200,
    body: { url: expect.any(String) },
  });
  jar.take(post);
  const cookie = jar.find(/^(__Host-)?flowglad_checkout$/);
  expect(cookie, 'the route sets the confirmation cookie').toBeDefined();

  const hosted = await fetch(created.body.url as string);
  const html = await hosted.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  expect(action, `a Pay form on the hosted page (${hosted.status}):\n${html}`).toBeDefined();
  const paid = await fetch(new URL(action as string, hosted.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
    redirect: 'manual',
  });

  const get = await fetch(route, { headers: { cookie: jar.header() } });
  return {
    created,
    checkoutCookie: (cookie as [string, string]).join('='),
    paidLocation: paid.headers.get('location'),
    confirmed: { status: get.status, body: await get.json() },
    cookieHeader: jar.header(),
  };
}

/** What the two purchase checks need of a running example and its stand-in. */
interface PurchaseSetting {
  app: { url: string };
  standIn: { url: string; customers: ReadonlyMap<string, unknown> };
}

/**
 * The hydrated button's purchase, checked whole: the JSON `POST` → paid → back on the shop's thanks
 * page, the route's `GET` saying succeeded for the session it made, one Flowglad customer (the
 * signed-in demo shopper).
 */
export async function expectJsonPurchasePaid(
  { app, standIn }: PurchaseSetting,
  route?: string,
): Promise<HttpPurchase> {
  const purchase = await buyOverHttp({
    shop: app.url,
    ...(route ? { route } : {}),
    successUrl: `${app.url}/thanks`,
    cancelUrl: app.url,
  });
  expect(purchase.paidLocation).toBe(`${app.url}/thanks`);
  expect(purchase.confirmed).toEqual({
    status: 200,
    body: {
      checkoutSession: expect.objectContaining({
        id: purchase.created.body.checkoutSession?.id,
        status: 'succeeded',
      }),
    },
  });
  expect([...standIn.customers.keys()]).toEqual(['shopper_demo']);
  return purchase;
}

/**
 * The server-rendered button's form post (before hydration), checked whole: 303 to Flowglad's page,
 * paid, back on the thanks page (relative URLs resolved against the shop), the `GET` saying succeeded.
 */
export async function expectFormPostPaid({ app, standIn }: PurchaseSetting, route?: string): Promise<void> {
  const purchase = await buyOverHttp({
    shop: app.url,
    ...(route ? { route } : {}),
    post: 'form',
    successUrl: '/thanks',
    cancelUrl: '/',
  });
  expect(purchase.created.body.url).toMatch(`${standIn.url}/checkout/`);
  expect(purchase.paidLocation).toBe(`${app.url}/thanks`);
  expect(purchase.confirmed.body.checkoutSession?.status).toBe('succeeded');
}
