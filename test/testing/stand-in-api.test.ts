import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startFlowgladStandIn } from '../../src/testing';

const standIn = await startFlowgladStandIn({
  customers: [{ externalId: 'user_1', name: 'Ada', email: 'ada@example.com' }],
  subscriptions: [{ id: 'sub_1', customerExternalId: 'user_1', priceId: 'price_stand_in_pro_monthly' }],
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

const api = (path: string, init: RequestInit & { key?: string | null } = {}) => {
  const headers = new Headers(init.headers);
  const key = init.key === undefined ? standIn.apiKey : init.key;
  if (key !== null) headers.set('authorization', key);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${standIn.url}${path}`, { ...init, headers });
};
const createSession = (checkoutSession: unknown, key?: string) =>
  api('/api/v1/checkout-sessions', { method: 'POST', body: JSON.stringify({ checkoutSession }), key });
const product = (overrides: Record<string, unknown> = {}) => ({
  type: 'product',
  customerExternalId: 'user_1',
  priceId: 'price_stand_in_tshirt',
  successUrl: 'https://shop.test/thanks',
  cancelUrl: 'https://shop.test/cart',
  ...overrides,
});

describe('the stand-in answers as the reference table says', () => {
  it('schema validation: 400 {error: [zod issues with path/message], code: BAD_REQUEST, request_id}', async () => {
    const response = await createSession(product({ quantity: 0, successUrl: 42 }));
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body).toEqual({ error: expect.any(Array), code: 'BAD_REQUEST', request_id: expect.any(String) });
    const paths = body.error.map((issue: { path: unknown[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['checkoutSession.quantity', 'checkoutSession.successUrl']));
    for (const issue of body.error) expect(issue.message).toEqual(expect.any(String));
  });

  it.each([
    ['unknown price', product({ priceId: 'price_nope' }), 'Invalid priceId: price_nope'],
    ['unknown slug', product({ priceId: undefined, priceSlug: 'nope' }), 'Price with slug "nope" not found'],
    ['usage price', product({ priceId: 'price_stand_in_api_calls' }), 'has usage price'],
    ['customer not found', product({ customerExternalId: 'ghost' }), 'Required customer not found'],
    ['type purchase', { ...product(), type: 'purchase' }, 'Invalid checkout session type: purchase'],
    [
      'foreign subscription',
      {
        ...product(),
        type: 'activate_subscription',
        customerExternalId: 'user_1',
        targetSubscriptionId: 'sub_x',
      },
      'Target subscription sub_x not found',
    ],
  ])('business rule (%s): 400 {error: "…", code: BAD_REQUEST, request_id}', async (_, input, message) => {
    const response = await createSession(input);
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body).toEqual({
      error: expect.stringContaining(message),
      code: 'BAD_REQUEST',
      request_id: expect.any(String),
    });
  });

  it('body that is not JSON: 400 {error: "Invalid JSON in request body", request_id}', async () => {
    const response = await api('/api/v1/checkout-sessions', { method: 'POST', body: '{nope' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'Invalid JSON in request body',
      request_id: expect.any(String),
    });
  });

  it('missing or wrong key: plain-text 401, never JSON, for every route', async () => {
    for (const [path, key] of [
      ['/api/v1/checkout-sessions', null],
      ['/api/v1/checkout-sessions', 'sk_test_wrong'],
      ['/api/v1/customers/user_1', 'Bearer sk_test_wrong'],
      ['/api/v1/no-such-route', null],
    ] as const) {
      const response = await api(path, { key, method: 'GET' });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toMatch(/^(Unauthorized|API key invalid)\./);
    }
  });

  it('unknown route: plain-text 404 "Not Found"; unknown customer or session: 404 JSON NOT_FOUND', async () => {
    const route = await api('/api/v1/no-such-route');
    expect([route.status, await route.text()]).toEqual([404, 'Not Found']);
    const customer = await api('/api/v1/customers/ghost');
    expect(customer.status).toBe(404);
    expect(await customer.json()).toEqual({
      error: 'Customer with externalId ghost not found',
      code: 'NOT_FOUND',
      request_id: expect.any(String),
    });
    const session = await api('/api/v1/checkout-sessions/chckt_session_nope');
    expect(session.status).toBe(404);
    expect((await session.json()).code).toBe('NOT_FOUND');
  });

  it('forbidden, conflict and crash answers (failNext): 403/409 JSON with code, 500 {error: "Internal server error"}', async () => {
    standIn.failNext(403);
    standIn.failNext(409);
    standIn.failNext(500);
    standIn.failNext(502);
    const forbidden = await api('/api/v1/customers/user_1');
    expect([forbidden.status, (await forbidden.json()).code]).toEqual([403, 'FORBIDDEN']);
    const conflict = await api('/api/v1/customers/user_1');
    expect([conflict.status, (await conflict.json()).code]).toEqual([409, 'CONFLICT']);
    const crash = await api('/api/v1/customers/user_1');
    expect([crash.status, await crash.json()]).toEqual([
      500,
      { error: 'Internal server error', request_id: expect.any(String) },
    ]);
    const gateway = await api('/api/v1/customers/user_1');
    expect([gateway.status, gateway.headers.get('content-type')]).toEqual([502, 'text/html; charset=utf-8']);
    expect((await api('/api/v1/customers/user_1')).status).toBe(200);
  });

  it('puts an X-Request-Id on every answer, the same as an error body’s request_id', async () => {
    for (const response of [
      await api('/api/v1/customers/user_1'),
      await api('/api/v1/customers/ghost'),
      await api('/api/v1/customers/user_1', { key: null }),
      await api('/nowhere'),
    ]) {
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8,}$/);
      const body = await response.text();
      if (response.status >= 400 && body.startsWith('{')) expect(JSON.parse(body).request_id).toBe(id);
    }
  });
});

describe('the stand-in succeeds as the real server does', () => {
  it('creates a product session: {checkoutSession, url}, chckt_session_ id, epoch-ms timestamps, 24 h expiry', async () => {
    const response = await createSession(
      product({ quantity: 3, outputMetadata: { order: 'A1' } }),
      `Bearer ${standIn.apiKey}`,
    );
    const { checkoutSession, url } = await response.json();
    expect(response.status).toBe(200);
    expect(checkoutSession).toMatchObject({
      type: 'product',
      status: 'open',
      livemode: false,
      priceId: 'price_stand_in_tshirt',
      quantity: 3,
      customerName: 'Ada',
      customerEmail: 'ada@example.com',
      successUrl: 'https://shop.test/thanks',
      outputMetadata: { order: 'A1' },
    });
    expect(checkoutSession.id).toMatch(/^chckt_session_/);
    expect(checkoutSession.expires - checkoutSession.createdAt).toBe(24 * 60 * 60 * 1000);
    expect(Number.isInteger(checkoutSession.updatedAt)).toBe(true);
    expect(url).toBe(`${standIn.url}/checkout/${checkoutSession.id}`);
    const again = await api(`/api/v1/checkout-sessions/${checkoutSession.id}`);
    expect(await again.json()).toEqual({ checkoutSession, url });
    expect(standIn.sessions.get(checkoutSession.id)).toEqual(checkoutSession);
  });

  it('resolves price slugs, sends add_payment_method to /add-payment-method/, takes the price of an activated subscription', async () => {
    const bySlug = await (
      await createSession(product({ priceId: undefined, priceSlug: 'pro-monthly' }))
    ).json();
    expect(bySlug.checkoutSession.priceId).toBe('price_stand_in_pro_monthly');
    const card = await (
      await createSession({ ...product(), type: 'add_payment_method', priceId: undefined })
    ).json();
    expect(card.url).toBe(`${standIn.url}/add-payment-method/${card.checkoutSession.id}`);
    const activate = await (
      await createSession({
        ...product(),
        type: 'activate_subscription',
        priceId: undefined,
        targetSubscriptionId: 'sub_1',
      })
    ).json();
    expect(activate.checkoutSession).toMatchObject({
      priceId: 'price_stand_in_pro_monthly',
      targetSubscriptionId: 'sub_1',
    });
  });

  it('finds and creates customers: {customer} and {data: {customer}}; a second create is a 409', async () => {
    const created = await api('/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'user_2', name: 'Bo', email: 'bo@example.com' } }),
    });
    const { data } = await created.json();
    expect(data.customer).toMatchObject({ externalId: 'user_2', name: 'Bo', archived: false });
    expect(data.customer.id).toMatch(/^cust_/);
    expect(await (await api('/api/v1/customers/user_2')).json()).toEqual({ customer: data.customer });
    const duplicate = await api('/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: data.customer }),
    });
    expect(duplicate.status).toBe(409);
    const invalid = await api('/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'x' } }),
    });
    expect((await invalid.json()).error.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual([
      'customer.email',
      'customer.name',
    ]);
  });

  it('records every request in order, with method, path, headers, body and status; reset() forgets', async () => {
    await createSession(product());
    await api('/api/v1/customers/ghost');
    expect(standIn.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/api/v1/checkout-sessions', 200],
      ['GET', '/api/v1/customers/ghost', 404],
    ]);
    expect(standIn.requests[0]?.headers.authorization).toBe(standIn.apiKey);
    expect(standIn.requests[0]?.body).toEqual({ checkoutSession: product() });
    standIn.reset();
    expect([standIn.requests.length, standIn.sessions.size, [...standIn.customers.keys()]]).toEqual([
      0,
      0,
      ['user_1'],
    ]);
  });
});

describe('hosted checkout pages', () => {
  const pay = async (session: { id: string }, action: 'pay' | 'cancel', kind = 'checkout') =>
    fetch(`${standIn.url}/${kind}/${session.id}/${action}`, { method: 'POST', redirect: 'manual' });

  it('shows product, quantity and total with Pay and Cancel forms; Pay marks succeeded and 303s to successUrl', async () => {
    const { checkoutSession, url } = await (await createSession(product({ quantity: 2 }))).json();
    const page = await fetch(url);
    const html = await page.text();
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Stand-in T-shirt');
    expect(html).toContain('<dd>2</dd>');
    expect(html).toContain('$50.00');
    expect(html).toContain(`action="/checkout/${checkoutSession.id}/pay"`);
    expect(html).toContain(`action="/checkout/${checkoutSession.id}/cancel"`);

    const cancelled = await pay(checkoutSession, 'cancel');
    expect([cancelled.status, cancelled.headers.get('location')]).toEqual([303, 'https://shop.test/cart']);
    expect(standIn.sessions.get(checkoutSession.id)?.status).toBe('open');

    const paid = await pay(checkoutSession, 'pay');
    expect([paid.status, paid.headers.get('location')]).toEqual([303, 'https://shop.test/thanks']);
    expect(standIn.sessions.get(checkoutSession.id)?.status).toBe('succeeded');
    expect((await pay(checkoutSession, 'pay')).status).toBe(409);
    expect(await (await fetch(url)).text()).toContain('This checkout is succeeded');
  });

  it('serves add-payment-method pages, 404s unknown sessions, and reads expired sessions as expired', async () => {
    const { checkoutSession, url } = await (
      await createSession({ ...product(), type: 'add_payment_method', priceId: undefined })
    ).json();
    expect(await (await fetch(url)).text()).toContain('Save payment method');
    expect((await pay(checkoutSession, 'pay', 'add-payment-method')).status).toBe(303);
    expect((await fetch(`${standIn.url}/checkout/chckt_session_nope`)).status).toBe(404);

    const open = await (await createSession(product())).json();
    const stored = standIn.sessions.get(open.checkoutSession.id);
    if (stored) stored.expires = Date.now() - 1;
    expect((await pay(open.checkoutSession, 'pay')).status).toBe(409);
    expect(standIn.sessions.get(open.checkoutSession.id)?.status).toBe('expired');
  });
});
