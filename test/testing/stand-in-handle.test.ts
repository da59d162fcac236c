import { createServer } from 'node:net';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STAND_IN_PRICES, type FlowgladStandIn, startFlowgladStandIn } from '../../src/testing';
import { callApi, createSession, product } from './stand-in-helpers';

// The handle's controls, as a test suite of a shop would use them.
const seed = {
  customers: [{ externalId: 'user_1', name: 'Ada', email: 'ada@example.com' }],
  subscriptions: [{ id: 'sub_1', customerExternalId: 'user_1', priceId: 'price_stand_in_pro_monthly' }],
};
const standIn = await startFlowgladStandIn(seed);
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());
const api = (path: string, init?: RequestInit & { key?: string | null }) => callApi(standIn, path, init);
const pay = (url: string) => fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
const opened = async (): Promise<{ checkoutSession: { id: string }; url: string }> =>
  (await createSession(standIn, product())).json();

/** A port the OS just handed out and took back: free now, though nothing holds it for us. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

describe('failNext(status, times)', () => {
  it.each([
    {
      name: '400',
      status: 400,
      type: 'application/json;charset=utf-8',
      body: { error: 'Bad request', code: 'BAD_REQUEST' },
    },
    {
      name: '401',
      status: 401,
      type: 'text/plain;charset=utf-8',
      body: 'API key invalid. Key not found in local database.',
    },
    { name: '403', status: 403, type: 'application/json;charset=utf-8', body: { code: 'FORBIDDEN' } },
    { name: '404', status: 404, type: 'text/plain;charset=utf-8', body: 'Not Found' },
    { name: '409', status: 409, type: 'application/json;charset=utf-8', body: { code: 'CONFLICT' } },
    {
      name: '500',
      status: 500,
      type: 'application/json;charset=utf-8',
      body: { error: 'Internal server error' },
    },
    { name: '502', status: 502, type: 'text/html; charset=utf-8', body: '502 Bad Gateway' },
    { name: '503', status: 503, type: 'text/html; charset=utf-8', body: '503 Service Unavailable' },
    { name: '504', status: 504, type: 'text/html; charset=utf-8', body: '504 Gateway Timeout' },
    {
      name: '429, which Flowglad never sends',
      status: 429,
      type: 'application/json;charset=utf-8',
      body: { error: 'HTTP 429' },
    },
  ])(
    '$name: the next API call answers it in the shape Flowglad (or a gateway) uses',
    async ({ status, type, body }) => {
      standIn.failNext(status);
      const failed = await api('/api/v1/customers/user_1');
      const text = await failed.text();
      expect([failed.status, failed.headers.get('content-type')]).toEqual([status, type]);
      if (typeof body === 'string') expect(text).toContain(body);
      else expect(JSON.parse(text)).toMatchObject(body);
      expect((await api('/api/v1/customers/user_1')).status).toBe(200);
    },
  );

  it('fails the next `times` calls, only after the key is checked, and never the hosted pages', async () => {
    standIn.failNext(500, 2);
    expect((await api('/api/v1/customers/user_1', { key: 'sk_test_wrong' })).status).toBe(401);
    expect((await api('/api/v1/customers/user_1', { key: null })).status).toBe(401);
    const created = await createSession(standIn, product());
    expect(created.status).toBe(500);
    expect(standIn.sessions.size).toBe(0); // nothing was created
    expect((await api('/api/v1/customers/user_1')).status).toBe(500);
    const session = await opened();
    standIn.failNext(503);
    expect((await fetch(session.url)).status).toBe(200);
    expect((await api('/api/v1/customers/user_1')).status).toBe(503);
    standIn.failNext(403);
    standIn.failNext(409);
    expect([
      (await api('/api/v1/customers/user_1')).status,
      (await api('/api/v1/customers/user_1')).status,
    ]).toEqual([403, 409]);
  });
});

describe('queuePaymentOutcome(outcome, times)', () => {
  it('the next `times` payments end that way, in order, then succeeded again', async () => {
    standIn.queuePaymentOutcome('failed', 2);
    standIn.queuePaymentOutcome('pending');
    const outcomes = [];
    for (let i = 0; i < 4; i++) {
      const session = await opened();
      await pay(session.url);
      outcomes.push(standIn.sessions.get(session.checkoutSession.id)?.status);
    }
    expect(outcomes).toEqual(['failed', 'failed', 'pending', 'succeeded']);
  });

  it('a failed subscription payment makes no subscription; a pending one does', async () => {
    standIn.archiveCustomer('user_1'); // no paid subscription in the way
    await callApi(standIn, '/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'user_1', name: 'Ada', email: 'ada@example.com' } }),
    });
    const plans = () =>
      standIn.subscriptions.filter(
        (s) => s.priceId === 'price_stand_in_pro_monthly' && s.status === 'active',
      );
    standIn.queuePaymentOutcome('failed');
    standIn.queuePaymentOutcome('pending');
    for (const expected of [0, 1]) {
      const { url } = await (
        await createSession(standIn, product({ priceId: 'price_stand_in_pro_monthly' }))
      ).json();
      await pay(url);
      expect(plans()).toHaveLength(expected);
    }
  });
});

describe('archiveCustomer(externalId)', () => {
  it('archives as the API does: gone from customers, subscriptions canceled, the id free again', async () => {
    const archived = standIn.archiveCustomer('user_1');
    expect(archived).toMatchObject({ externalId: 'user_1', archived: true });
    expect(standIn.customers.has('user_1')).toBe(false);
    expect(standIn.subscriptions.find((s) => s.id === 'sub_1')?.status).toBe('canceled');
    expect((await api('/api/v1/customers/user_1')).status).toBe(404);
    expect(standIn.archiveCustomer('user_1')).toBeUndefined();
    expect(standIn.archiveCustomer('nobody')).toBeUndefined();
  });
});

describe('reset()', () => {
  it('back to the seed: requests, sessions, new customers, archives, subscriptions and queued failures and outcomes forgotten', async () => {
    const seeded = standIn.customers.get('user_1');
    await opened();
    standIn.archiveCustomer('user_1');
    await callApi(standIn, '/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'user_2', name: 'Bo', email: 'bo@example.com' } }),
    });
    standIn.failNext(500, 3);
    standIn.queuePaymentOutcome('failed');
    standIn.reset();
    expect([standIn.requests, standIn.sessions.size, [...standIn.customers.keys()]]).toEqual([
      [],
      0,
      ['user_1'],
    ]);
    expect(standIn.customers.get('user_1')).toMatchObject({
      name: seeded?.name,
      email: seeded?.email,
      archived: false,
    });
    expect(standIn.subscriptions.map(({ id, status }) => [id, status])).toEqual([
      [expect.stringMatching(/^sub_/), 'active'], // the seeded customer's free default plan
      ['sub_1', undefined],
    ]);
    const session = await opened();
    expect((await pay(session.url)).status).toBe(303);
    expect(standIn.sessions.get(session.checkoutSession.id)?.status).toBe('succeeded');
  });

  it('the seed survives changes made to the handle’s records', async () => {
    const seeded = standIn.subscriptions.find((s) => s.id === 'sub_1');
    if (seeded) seeded.status = 'canceled';
    standIn.reset();
    expect(standIn.subscriptions.find((s) => s.id === 'sub_1')?.status).toBeUndefined();
  });
});

describe('the request log', () => {
  it('records every request in order — API and hosted pages — with method, path, headers, body and status', async () => {
    const session = await opened();
    await api('/api/v1/customers/ghost?expand=1');
    await fetch(session.url);
    await api('/api/v1/checkout-sessions', { method: 'POST', body: '{nope' });
    await fetch(`${standIn.url}/nowhere`, { method: 'POST', body: 'a=1' });
    expect(standIn.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/api/v1/checkout-sessions', 200],
      ['GET', '/api/v1/customers/ghost?expand=1', 404],
      ['GET', `/checkout/${session.checkoutSession.id}`, 200],
      ['POST', '/api/v1/checkout-sessions', 400],
      ['POST', '/nowhere', 404],
    ]);
    const [create, lookup, , broken, form] = standIn.requests;
    expect(create?.headers).toMatchObject({
      authorization: standIn.apiKey,
      'content-type': 'application/json',
    });
    expect(create?.body).toEqual({ checkoutSession: product() });
    expect([lookup?.body, broken?.body, form?.body]).toEqual([undefined, '{nope', 'a=1']);
    expect(standIn.apiRequests().map((r) => r.path)).toEqual([
      '/api/v1/checkout-sessions',
      '/api/v1/customers/ghost?expand=1',
      '/api/v1/checkout-sessions',
    ]);
  });
});

describe('options', () => {
  it('latencyMs delays every answer, and can be changed on the handle', async () => {
    const slow = await startFlowgladStandIn({ latencyMs: 5_000 });
    try {
      expect(slow.latencyMs).toBe(5_000);
      const late = fetch(`${slow.url}/api/v1/customers/x`, { signal: AbortSignal.timeout(50) });
      await expect(late).rejects.toMatchObject({ name: 'TimeoutError' });
      slow.latencyMs = 0;
      expect((await callApi(slow, '/api/v1/customers/x')).status).toBe(404);
    } finally {
      await slow.close();
    }
  });

  it('apiKey: the only key accepted; an sk_live_ key makes live-mode records', async () => {
    const live = await startFlowgladStandIn({ apiKey: 'sk_live_local-only', customers: seed.customers });
    try {
      expect(live.apiKey).toBe('sk_live_local-only');
      expect(
        (await callApi(live, '/api/v1/customers/user_1', { key: 'sk_test_local-stand-in' })).status,
      ).toBe(401);
      const { checkoutSession } = await (await createSession(live, product())).json();
      expect([checkoutSession.livemode, live.customers.get('user_1')?.livemode]).toEqual([true, true]);
    } finally {
      await live.close();
    }
  });

  it('port: listens where told on 127.0.0.1, and a port in use is an error', async () => {
    const port = await freePort();
    const fixed = await startFlowgladStandIn({ port });
    try {
      expect(fixed.url).toBe(`http://127.0.0.1:${port}`);
      await expect(startFlowgladStandIn({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await fixed.close();
    }
  });

  it('prices: the catalogue given, or DEFAULT_STAND_IN_PRICES (frozen: a test cannot change it for the next)', async () => {
    expect(standIn.prices).toEqual(DEFAULT_STAND_IN_PRICES);
    expect(standIn.prices).not.toBe(DEFAULT_STAND_IN_PRICES);
    expect(Object.isFrozen(DEFAULT_STAND_IN_PRICES)).toBe(true);
    expect(
      DEFAULT_STAND_IN_PRICES.map(({ slug, type, default: free }) => [slug, type, free ?? false]),
    ).toEqual([
      ['tshirt', 'single_payment', false],
      ['pro-monthly', 'subscription', false],
      ['api-calls', 'usage', false],
      ['free', 'subscription', true],
    ]);
  });

  it('close(): stops listening, even with a connection kept alive', async () => {
    const closing: FlowgladStandIn = await startFlowgladStandIn();
    expect((await fetch(`${closing.url}/nowhere`, { headers: { connection: 'keep-alive' } })).status).toBe(
      404,
    );
    await closing.close();
    await expect(fetch(`${closing.url}/nowhere`)).rejects.toThrow();
  });
});
