import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CheckoutSessionHandlerOptions, createCheckoutSessionHandler } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { CANARY_KEY, closedPortUrl, post, read, SERVER_CUSTOMER, validSession } from './helpers';

const standIn = await startFlowgladStandIn({ apiKey: CANARY_KEY });
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  standIn.latencyMs = 0;
});

const onError = vi.fn();
const make = (options: Partial<CheckoutSessionHandlerOptions> = {}) =>
  createCheckoutSessionHandler({
    apiKey: CANARY_KEY,
    baseUrl: standIn.url,
    getCustomer: () => ({ externalId: SERVER_CUSTOMER, name: 'Ada', email: 'ada@example.com' }),
    onError,
    ...options,
  });
const checkout = async (handler: (request: Request) => Promise<Response>, overrides = {}) => {
  const answer = await read(await handler(post({ checkoutSession: validSession(overrides) })));
  // The secret key is in no answer, whatever happened.
  expect(answer.text).not.toContain(CANARY_KEY);
  expect(JSON.stringify([...answer.headers])).not.toContain(CANARY_KEY);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  return answer;
};
const calls = () =>
  standIn.apiRequests().map((request) => `${request.method} ${request.path} ${request.status}`);
const CREATE = 'POST /api/v1/checkout-sessions';

describe('the handler and Flowglad', () => {
  it('creates an unknown customer first (3 calls), then a repeat checkout costs one call', async () => {
    const handler = make();
    expect((await checkout(handler)).status).toBe(200);
    expect(calls()).toEqual([
      `GET /api/v1/customers/${SERVER_CUSTOMER} 404`,
      'POST /api/v1/customers 200',
      `${CREATE} 200`,
    ]);
    expect(standIn.customers.get(SERVER_CUSTOMER)).toMatchObject({ name: 'Ada', email: 'ada@example.com' });
    standIn.requests.length = 0;
    expect((await checkout(handler)).status).toBe(200);
    expect(calls()).toEqual([`${CREATE} 200`]);
  });

  it('finds an existing customer in one call (2 in all), sending the server’s customer, retries off', async () => {
    standIn.customers.clear();
    const handler = make({ getCustomer: () => ({ externalId: 'existing' }) });
    await fetch(`${standIn.url}/api/v1/customers`, {
      method: 'POST',
      headers: { authorization: CANARY_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ customer: { externalId: 'existing', name: 'E', email: '' } }),
    });
    standIn.requests.length = 0;
    expect((await checkout(handler)).status).toBe(200);
    expect(calls()).toEqual(['GET /api/v1/customers/existing 200', `${CREATE} 200`]);
    const create = standIn.apiRequests()[1];
    expect(create?.body).toEqual({ checkoutSession: { ...validSession(), customerExternalId: 'existing' } });
    expect(create?.headers['x-stainless-retry-count']).toBe('0');
  });

  it('defaults a new customer’s name to the external id and email to empty', async () => {
    const handler = make({ getCustomer: () => ({ externalId: 'bare' }) });
    expect((await checkout(handler)).status).toBe(200);
    expect(standIn.customers.get('bare')).toMatchObject({ name: 'bare', email: '' });
  });

  it('re-creates a remembered customer deleted at Flowglad since, and retries the create once', async () => {
    const handler = make();
    await checkout(handler);
    standIn.customers.delete(SERVER_CUSTOMER);
    standIn.requests.length = 0;
    const { status } = await checkout(handler);
    expect(status).toBe(200);
    expect(calls()).toEqual([
      `${CREATE} 400`,
      `GET /api/v1/customers/${SERVER_CUSTOMER} 404`,
      'POST /api/v1/customers 200',
      `${CREATE} 200`,
    ]);
    expect(standIn.sessions.size).toBe(2);
  });

  it('forgets the least recently used customers beyond customerCacheSize', async () => {
    let id = 'a';
    const handler = make({ customerCacheSize: 1, getCustomer: () => ({ externalId: id }) });
    await checkout(handler);
    id = 'b';
    await checkout(handler);
    standIn.requests.length = 0;
    await checkout(handler); // b: remembered
    id = 'a';
    await checkout(handler); // a: forgotten when b came
    expect(calls()).toEqual([`${CREATE} 200`, 'GET /api/v1/customers/a 200', `${CREATE} 200`]);
  });

  it('passes Flowglad’s 400 on as 400 checkout_rejected with Flowglad’s message', async () => {
    const handler = make();
    const unknown = await checkout(handler, { priceId: 'price_gone' });
    expect([unknown.status, unknown.body.error]).toEqual([
      400,
      { code: 'checkout_rejected', message: 'Flowglad refused the checkout: Invalid priceId: price_gone' },
    ]);
    const usage = await checkout(handler, { priceId: 'price_stand_in_api_calls' });
    expect([usage.status, usage.body.error?.message]).toEqual([
      400,
      expect.stringContaining('Usage prices are not supported'),
    ]);
    expect(onError).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 400 }),
      expect.objectContaining({ stage: 'create_session', status: 400, code: 'checkout_rejected' }),
    );
  });

  it('turns a bad key (Flowglad’s plain-text 401) into 502 with a generic message; details go to onError only', async () => {
    onError.mockClear();
    const wrongKey = 'sk_test_local-wrong-canary';
    const handler = make({ apiKey: wrongKey });
    const { status, body, text } = await checkout(handler);
    expect([status, body.error?.code]).toEqual([502, 'upstream_error']);
    expect(text).not.toContain(wrongKey);
    expect(text).not.toMatch(/API key|401/);
    const [error, context] = onError.mock.calls[0] ?? [];
    expect(error).toMatchObject({ status: 401 });
    expect(context).toMatchObject({ stage: 'ensure_customer', status: 502, code: 'upstream_error' });
    expect(String(error?.message)).not.toContain(wrongKey);
  });

  it.each([
    [500, 'JSON'],
    [503, 'an HTML gateway page'],
    [403, 'FORBIDDEN JSON'],
    [409, 'CONFLICT JSON'],
  ])('turns Flowglad’s %i (%s) on the create into 502, without retrying the create', async (failure) => {
    const handler = make();
    await checkout(handler);
    standIn.requests.length = 0;
    standIn.failNext(failure);
    const { status, body } = await checkout(handler);
    expect([status, body.error?.code]).toEqual([502, 'upstream_error']);
    expect(calls()).toEqual([`${CREATE} ${failure}`]);
  });

  it('turns Flowglad’s 5xx on the customer lookup into 502', async () => {
    standIn.failNext(500);
    const { status } = await checkout(make());
    expect(status).toBe(502);
    expect(calls()).toEqual([`GET /api/v1/customers/${SERVER_CUSTOMER} 500`]);
  });

  it('turns an unreachable Flowglad into 502', async () => {
    onError.mockClear();
    const handler = make({ baseUrl: await closedPortUrl() });
    const { status, body } = await checkout(handler);
    expect([status, body.error?.code]).toEqual([502, 'upstream_error']);
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'ensure_customer' });
  });

  it('answers 504 upstream_timeout when Flowglad is slower than timeoutMs', async () => {
    standIn.latencyMs = 400;
    const { status, body } = await checkout(make({ timeoutMs: 50 }));
    expect([status, body.error?.code]).toEqual([504, 'upstream_timeout']);
  });

  it('creates add_payment_method and activate_subscription sessions', async () => {
    standIn.subscriptions.push({
      id: 'sub_9',
      customerExternalId: SERVER_CUSTOMER,
      priceId: 'price_stand_in_pro_monthly',
    });
    const handler = make();
    const card = await checkout(handler, {
      type: 'add_payment_method',
      priceId: undefined,
      quantity: undefined,
    });
    expect(card.body.url).toMatch(/\/add-payment-method\/chckt_session_/);
    const activate = await checkout(handler, {
      type: 'activate_subscription',
      targetSubscriptionId: 'sub_9',
      priceId: undefined,
      quantity: undefined,
    });
    expect(activate.body.checkoutSession).toMatchObject({
      targetSubscriptionId: 'sub_9',
      type: 'activate_subscription',
    });
    standIn.subscriptions.pop();
  });
});
