import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STAND_IN_PRICES, startFlowgladStandIn } from '../../src/testing';
import { callApi, createSession, product } from './stand-in-helpers';

const options = {
  customers: [{ externalId: 'user_1', name: 'Ada', email: 'ada@example.com' }],
  subscriptions: [{ id: 'sub_1', customerExternalId: 'user_1', priceId: 'price_stand_in_pro_monthly' }],
};
const standIn = await startFlowgladStandIn(options);
const standIn400 = await startFlowgladStandIn({ ...options, refusalStatus: 400 });
afterAll(() => Promise.all([standIn.close(), standIn400.close()]));
beforeEach(() => {
  standIn.reset();
  standIn400.reset();
});
const api = (path: string, init?: RequestInit & { key?: string | null }) => callApi(standIn, path, init);
const ada = () => standIn.customers.get('user_1');
const MISSING_KEY = 'Unauthorized. Authorization header is required.';
const WRONG_KEY = 'API key invalid. Key not found in local database.';

const slug = (priceSlug: string, extra: Record<string, unknown> = {}) =>
  product({ priceId: undefined, priceSlug, ...extra });
/** Each business rule broken, with Flowglad's exact message. */
const refusals = () =>
  [
    {
      name: 'unknown price',
      input: product({ priceId: 'price_nope' }),
      message: 'Invalid priceId: Invalid or not-found price ID: no matching price found for id "price_nope"',
    },
    {
      name: 'usage price',
      input: product({ priceId: 'price_stand_in_api_calls' }),
      message:
        'Invalid priceId: Checkout sessions are only supported for product prices (subscription/single payment), not usage prices',
    },
    {
      name: 'default product',
      input: product({ priceId: 'price_stand_in_free' }),
      message:
        'Invalid product: Checkout sessions cannot be created for default products. Default products are automatically assigned to customers and do not require manual checkout.',
    },
    {
      name: 'unknown slug',
      input: slug('nope'),
      message: 'Invalid priceSlug: Price with slug "nope" not found for customer\'s pricing model',
    },
    {
      name: 'unknown slug, anonymous',
      input: slug('nope', { anonymous: true, customerExternalId: undefined }),
      message: 'Invalid priceSlug: Price with slug "nope" not found in organization\'s default pricing model',
    },
    {
      name: 'customer not found',
      input: product({ customerExternalId: 'ghost' }),
      message:
        "Invalid checkoutSession: Required customer not found for Product checkout (anonymous=false). externalId='ghost', organization='org_stand_in'.",
    },
    {
      name: 'slug for an unknown customer',
      input: slug('tshirt', { customerExternalId: 'ghost' }),
      message:
        'Invalid customer: Customer is required to resolve price slug for identified checkout sessions',
    },
    {
      name: 'payment method for an unknown customer',
      input: product({ type: 'add_payment_method', customerExternalId: 'ghost', priceId: undefined }),
      message: 'Invalid checkoutSession: Customer is required for add payment method checkout sessions',
    },
    {
      name: 'activation of an unknown subscription',
      input: product({ type: 'activate_subscription', priceId: undefined, targetSubscriptionId: 'sub_x' }),
      message: 'Invalid targetSubscriptionId: Target subscription sub_x not found',
    },
    {
      name: 'activation for an unknown customer',
      input: product({
        type: 'activate_subscription',
        priceId: undefined,
        targetSubscriptionId: 'sub_1',
        customerExternalId: 'ghost',
      }),
      message: 'Invalid customer: Customer is required for activate subscription checkout sessions',
    },
  ] as const;

describe('business-rule refusals, in Flowglad’s words', () => {
  it.each(refusals())('$name: 500 INTERNAL_SERVER_ERROR by default', async ({ input, message }) => {
    const response = await createSession(standIn, input);
    expect([response.status, await response.json()]).toEqual([
      500,
      { error: message, code: 'INTERNAL_SERVER_ERROR', request_id: expect.stringMatching(/^[0-9a-f]{8,}$/) },
    ]);
  });

  it.each(refusals())('$name: 400 BAD_REQUEST with refusalStatus: 400', async ({ input, message }) => {
    const response = await createSession(standIn400, input);
    expect([response.status, await response.json()]).toEqual([
      400,
      { error: message, code: 'BAD_REQUEST', request_id: expect.any(String) },
    ]);
  });

  it('refuses activating another customer’s subscription, naming that customer’s Flowglad id', async () => {
    await callApi(standIn, '/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'user_2', name: 'Bo', email: '' } }),
    });
    const other = standIn.customers.get('user_2');
    const input = product({
      type: 'activate_subscription',
      priceId: undefined,
      targetSubscriptionId: 'sub_1',
      customerExternalId: 'user_2',
    });
    const body = await (await createSession(standIn, input)).json();
    expect(body.error).toBe(
      `Invalid targetSubscriptionId: Target subscription sub_1 does not belong to customer ${other?.id}`,
    );
  });
});

describe('schema errors: 400 {error: [zod issues], code: BAD_REQUEST}', () => {
  it.each([
    {
      name: 'quantity 0 and a number as successUrl',
      input: product({ quantity: 0, successUrl: 42 }),
      paths: ['checkoutSession.successUrl', 'checkoutSession.quantity'],
    },
    {
      name: 'both priceId and priceSlug',
      input: product({ priceSlug: 'tshirt' }),
      paths: ['checkoutSession.priceId'],
    },
    {
      name: 'anonymous with a customerExternalId',
      input: product({ anonymous: true }),
      paths: ['checkoutSession.customerExternalId'],
    },
    {
      name: 'identified without a customerExternalId',
      input: product({ customerExternalId: undefined }),
      paths: ['checkoutSession.customerExternalId'],
    },
    { name: 'type purchase', input: product({ type: 'purchase' }), paths: ['checkoutSession.type'] },
  ])('$name', async ({ input, paths }) => {
    const response = await createSession(standIn, input);
    const body = await response.json();
    expect([response.status, body.code]).toEqual([400, 'BAD_REQUEST']);
    expect(body.error.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual(paths);
    expect(standIn.sessions.size).toBe(0);
  });

  it('body that is not JSON: 400 {error: "Invalid JSON in request body", request_id}', async () => {
    const response = await api('/api/v1/checkout-sessions', { method: 'POST', body: '{nope' });
    expect([response.status, await response.json()]).toEqual([
      400,
      { error: 'Invalid JSON in request body', request_id: expect.any(String) },
    ]);
  });
});

describe('keys, routes and queued failures', () => {
  it.each([
    { name: 'no header', path: '/api/v1/checkout-sessions', key: null, text: MISSING_KEY },
    { name: 'a wrong key', path: '/api/v1/customers/user_1', key: 'Bearer sk_test_wrong', text: WRONG_KEY },
    { name: 'a wrong bare key', path: '/api/v1/customers/user_1', key: 'sk_test_wrong', text: WRONG_KEY },
    { name: '"Bearer " and no key', path: '/api/v1/customers/user_1', key: 'Bearer ', text: WRONG_KEY },
    { name: 'no header, unknown route', path: '/api/v1/no-such-route', key: null, text: MISSING_KEY },
    {
      name: 'another scheme',
      path: '/api/v1/customers/user_1',
      key: 'Basic dXNlcjpwYXNz',
      text: 'Invalid authorization format. Use "Bearer <key>" or "<key>".',
    },
  ])('$name: a plain-text 401 in Flowglad’s words, for every route', async ({ path, key, text }) => {
    const response = await api(path, { key });
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      401,
      'text/plain;charset=utf-8',
      text,
    ]);
  });

  it('accepts the key bare or after "Bearer "; after a lowercase "bearer " it crashes with 500, as recorded', async () => {
    expect((await api('/api/v1/customers/user_1', { key: standIn.apiKey })).status).toBe(200);
    const ok = await api('/api/v1/customers/user_1', { key: `Bearer ${standIn.apiKey}` });
    expect([ok.status, ok.headers.get('content-type')]).toEqual([200, 'application/json;charset=utf-8']);
    const crash = await api('/api/v1/customers/user_1', { key: `bearer ${standIn.apiKey}` });
    expect([crash.status, crash.headers.get('content-type'), await crash.json()]).toEqual([
      500,
      'application/json;charset=utf-8',
      {
        error:
          "Unwrap called on Err: TypeError: undefined is not an object (evaluating 'apiKeyRecord.organizationId')",
        code: 'INTERNAL_SERVER_ERROR',
        request_id: expect.any(String),
      },
    ]);
    const wrong = await api('/api/v1/customers/user_1', { key: 'bearer sk_test_wrong' });
    expect([wrong.status, await wrong.text()]).toEqual([401, WRONG_KEY]);
  });

  it('unknown route: plain-text 404; X-Request-Id on every answer, equal to request_id', async () => {
    const route = await api('/api/v1/no-such-route');
    expect([route.status, await route.text()]).toEqual([404, 'Not Found']);
    for (const response of [
      await api('/api/v1/customers/ghost'),
      await api('/nowhere'),
      await api('/api/v1/customers/user_1', { key: null }),
    ]) {
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8,}$/);
      const text = await response.text();
      if (text.startsWith('{')) expect(JSON.parse(text).request_id).toBe(id);
    }
  });
});

describe('checkout sessions', () => {
  it('creates a product session: chckt_session_ id, epoch-ms timestamps, 24 h expiry, the customer copied in', async () => {
    const response = await createSession(
      standIn,
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
      customerId: ada()?.id,
      customerEmail: 'ada@example.com',
      outputMetadata: { order: 'A1' },
    });
    expect(checkoutSession.id).toMatch(/^chckt_session_/);
    expect(checkoutSession.expires - checkoutSession.createdAt).toBe(24 * 60 * 60 * 1000);
    expect(url).toBe(`${standIn.url}/checkout/${checkoutSession.id}`);
    expect(standIn.sessions.get(checkoutSession.id)).toEqual(checkoutSession);
  });

  it('creates an anonymous session: no customer, slug from the default pricing model', async () => {
    const response = await createSession(
      standIn,
      slug('tshirt', { anonymous: true, customerExternalId: null }),
    );
    const { checkoutSession } = await response.json();
    expect(response.status).toBe(200);
    expect(checkoutSession).toMatchObject({
      customerId: null,
      customerEmail: null,
      priceId: 'price_stand_in_tshirt',
    });
  });

  it('add_payment_method: /add-payment-method/ on creation, the flag stored false, the target not checked', async () => {
    const input = product({
      type: 'add_payment_method',
      priceId: undefined,
      targetSubscriptionId: 'sub_unknown',
      automaticallyUpdateSubscriptions: true,
    });
    const { checkoutSession, url } = await (await createSession(standIn, input)).json();
    expect(url).toBe(`${standIn.url}/add-payment-method/${checkoutSession.id}`);
    expect(checkoutSession).toMatchObject({
      automaticallyUpdateSubscriptions: false,
      targetSubscriptionId: 'sub_unknown',
    });
  });

  it('GET answers {checkoutSession, url} with url /checkout/{id} for every type, and never expires a session itself', async () => {
    const card = await (
      await createSession(standIn, product({ type: 'add_payment_method', priceId: undefined }))
    ).json();
    const stored = standIn.sessions.get(card.checkoutSession.id);
    if (stored) stored.expires = Date.now() - 1;
    const again = await (await api(`/api/v1/checkout-sessions/${card.checkoutSession.id}`)).json();
    expect(again).toEqual({
      checkoutSession: { ...card.checkoutSession, expires: stored?.expires },
      url: `${standIn.url}/checkout/${card.checkoutSession.id}`,
    });
    expect(again.checkoutSession.status).toBe('open');
  });

  it('GET of an unknown id: 500 with the recorded Unwrap… prefix (404 NOT_FOUND with refusalStatus: 400)', async () => {
    const error =
      'Unwrap called on Err: Panic: Unwrap called on Err: NotFoundError: No checkout sessions found with id: chckt_session_nope';
    const unknown = await api('/api/v1/checkout-sessions/chckt_session_nope');
    expect([unknown.status, await unknown.json()]).toEqual([
      500,
      { error, code: 'INTERNAL_SERVER_ERROR', request_id: expect.any(String) },
    ]);
    const other = await callApi(standIn400, '/api/v1/checkout-sessions/chckt_session_nope');
    expect([other.status, await other.json()]).toEqual([
      404,
      { error, code: 'NOT_FOUND', request_id: expect.any(String) },
    ]);
  });

  it('sells an inactive price, as Flowglad does (by id and by slug)', async () => {
    const retired = {
      id: 'price_retired',
      slug: 'retired',
      name: 'Old',
      unitPrice: 900,
      type: 'single_payment',
    };
    const shop = await startFlowgladStandIn({
      ...options,
      prices: [...DEFAULT_STAND_IN_PRICES, { ...retired, type: 'single_payment', active: false }],
    });
    try {
      for (const input of [product({ priceId: 'price_retired' }), slug('retired')]) {
        const response = await createSession(shop, input);
        expect([response.status, (await response.json()).checkoutSession.priceId]).toEqual([
          200,
          'price_retired',
        ]);
      }
    } finally {
      await shop.close();
    }
  });
});

describe('what Flowglad checks only when it stores the session: a 500 "Failed to insert item…"', () => {
  const insertFailure = (issues: unknown[]) =>
    `Failed to insert item into checkout_sessions: Failed to insert items into checkout_sessions: ${JSON.stringify(issues, null, 2)}`;
  const invalidUrl = (field: string) => ({
    code: 'invalid_format',
    format: 'url',
    path: [field],
    message: 'Invalid URL',
  });

  it.each([
    {
      name: 'a relative successUrl',
      input: product({ successUrl: '/thanks' }),
      issues: [invalidUrl('successUrl')],
    },
    { name: 'an empty successUrl', input: product({ successUrl: '' }), issues: [invalidUrl('successUrl')] },
    {
      name: 'a relative cancelUrl, on any session type',
      input: product({ type: 'add_payment_method', priceId: undefined, cancelUrl: 'cart' }),
      issues: [invalidUrl('cancelUrl')],
    },
    {
      name: 'quantity 2^31',
      input: product({ quantity: 2 ** 31 }),
      issues: [
        {
          origin: 'number',
          code: 'too_big',
          maximum: 2147483647,
          inclusive: true,
          path: ['quantity'],
          message: 'Too big: expected number to be <=2147483647',
        },
      ],
    },
  ])('$name, whatever refusalStatus says', async ({ input, issues }) => {
    for (const shop of [standIn, standIn400]) {
      const response = await createSession(shop, input);
      expect([response.status, await response.json()]).toEqual([
        500,
        { error: insertFailure(issues), code: 'INTERNAL_SERVER_ERROR', request_id: expect.any(String) },
      ]);
    }
    expect(standIn.sessions.size).toBe(0);
  });

  it('after the business rules; javascript:, ftp: and quantity 2^31 - 1 pass', async () => {
    const refused = await createSession(standIn, product({ priceId: 'price_nope', successUrl: '/thanks' }));
    expect((await refused.json()).error).toMatch(/^Invalid priceId:/);
    for (const input of [
      product({ successUrl: 'javascript:alert(1)' }),
      product({ successUrl: 'ftp://x' }),
      product({ quantity: 2 ** 31 - 1 }),
    ]) {
      expect((await createSession(standIn, input)).status).toBe(200);
    }
  });

  it('a quantity sent as a string is a schema error (400), not a number', async () => {
    const response = await createSession(standIn, product({ quantity: '2' }));
    expect([response.status, (await response.json()).error]).toEqual([
      400,
      [
        {
          expected: 'number',
          code: 'invalid_type',
          path: ['checkoutSession', 'quantity'],
          message: 'Invalid input: expected number, received string',
        },
      ],
    ]);
  });
});

describe('the default pricing model', () => {
  it('GET /api/v1/pricing-models/default lists every price under a product, with its type and whether it is active', async () => {
    const answer = await api('/api/v1/pricing-models/default');
    expect(answer.status).toBe(200);
    const { pricingModel } = await answer.json();
    expect(pricingModel).toMatchObject({ isDefault: true, livemode: false, usageMeters: [] });
    const prices = pricingModel.products.flatMap(
      (product: { prices: { id: string; slug: string; type: string; active: boolean }[] }) => product.prices,
    );
    expect(
      prices.map(({ id, slug, type, active }: Record<string, unknown>) => ({ id, slug, type, active })),
    ).toEqual(DEFAULT_STAND_IN_PRICES.map(({ id, slug, type }) => ({ id, slug, type, active: true })));
    expect((await api('/api/v1/pricing-models/other')).status).toBe(404);
  });
});

describe('customers', () => {
  it('finds by external id ({customer}); unknown → 404 NOT_FOUND', async () => {
    expect(await (await api('/api/v1/customers/user_1')).json()).toEqual({ customer: ada() });
    const ghost = await api('/api/v1/customers/ghost');
    expect([ghost.status, await ghost.json()]).toEqual([
      404,
      {
        error: 'Customer with externalId ghost not found',
        code: 'NOT_FOUND',
        request_id: expect.any(String),
      },
    ]);
  });

  it('creates: {data: {customer, subscription, subscriptionItems}} on the free default plan, in Flowglad’s record shapes', async () => {
    const created = await api('/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'user_2', name: 'Bo', email: 'bo@example.com' } }),
    });
    const { data } = await created.json();
    expect(Object.keys(data)).toEqual(['customer', 'subscription', 'subscriptionItems']);
    expect(data.customer).toMatchObject({ externalId: 'user_2', name: 'Bo', archived: false });
    expect(data.subscription).toEqual({
      id: expect.stringMatching(/^sub_/),
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
      livemode: false,
      startDate: expect.any(Number),
      customerId: data.customer.id,
      organizationId: data.customer.organizationId,
      status: 'active',
      defaultPaymentMethodId: null,
      backupPaymentMethodId: null,
      trialEnd: null,
      currentBillingPeriodStart: expect.any(Number),
      currentBillingPeriodEnd: expect.any(Number),
      metadata: null,
      canceledAt: null,
      cancelScheduledAt: null,
      cancellationReason: null,
      replacedBySubscriptionId: null,
      isFreePlan: true,
      doNotCharge: false,
      priceId: 'price_stand_in_free',
      runBillingAtPeriodStart: true,
      interval: 'month',
      intervalCount: 1,
      billingCycleAnchorDate: expect.any(Number),
      name: 'Free plan Subscription',
      renews: true,
      pricingModelId: data.customer.pricingModelId,
      scheduledAdjustmentAt: null,
      current: true,
    });
    expect(data.subscriptionItems).toEqual([
      expect.objectContaining({
        subscriptionId: data.subscription.id,
        priceId: 'price_stand_in_free',
        unitPrice: 0,
        quantity: 1,
        type: 'static',
      }),
    ]);
    expect(standIn.subscriptions.at(-1)).toEqual({
      id: data.subscription.id,
      customerExternalId: 'user_2',
      priceId: 'price_stand_in_free',
      status: 'active',
    });
  });

  it('a catalogue without a default plan: subscription and subscriptionItems null (02, "new customer")', async () => {
    const plain = await startFlowgladStandIn({ prices: DEFAULT_STAND_IN_PRICES.filter((p) => !p.default) });
    try {
      const created = await callApi(plain, '/api/v1/customers', {
        method: 'POST',
        body: JSON.stringify({ customer: { externalId: 'user_2', name: 'Bo', email: 'bo@example.com' } }),
      });
      expect((await created.json()).data).toEqual({
        customer: plain.customers.get('user_2'),
        subscription: null,
        subscriptionItems: null,
      });
      expect(plain.subscriptions).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it('accepts an empty or invalid email and an unknown field; a second create is a 409 in the recorded words', async () => {
    for (const [externalId, email] of [
      ['user_2', ''],
      ['user_3', 'not-an-email'],
    ]) {
      const created = await api('/api/v1/customers', {
        method: 'POST',
        body: JSON.stringify({ customer: { externalId, name: 'Bo', email, foo: 'bar' } }),
      });
      expect([created.status, (await created.json()).data.customer.email]).toEqual([200, email]);
    }
    const duplicate = await api('/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'user_1', name: 'Ada', email: 'ada@example.com' } }),
    });
    expect([duplicate.status, await duplicate.json()]).toEqual([
      409,
      {
        error:
          'This pricing model id external id unique idx already exists. Please choose a different value.',
        code: 'CONFLICT',
        request_id: expect.any(String),
      },
    ]);
    const invalid = await api('/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'x' } }),
    });
    expect((await invalid.json()).error.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual([
      'customer.email',
      'customer.name',
    ]);
  });

  it('finds an external id with a space, not one with a slash (the path is decoded, then split)', async () => {
    for (const externalId of ['ada lovelace', 'team/ada']) {
      await api('/api/v1/customers', {
        method: 'POST',
        body: JSON.stringify({ customer: { externalId, name: 'Ada', email: 'ada@example.com' } }),
      });
    }
    const spaced = await api('/api/v1/customers/ada%20lovelace');
    expect([spaced.status, (await spaced.json()).customer.externalId]).toEqual([200, 'ada lovelace']);
    for (const path of ['/api/v1/customers/team%2Fada', '/api/v1/customers/team/ada']) {
      const slashed = await api(path);
      expect([slashed.status, slashed.headers.get('content-type'), await slashed.text()]).toEqual([
        404,
        'text/plain;charset=utf-8',
        'Not Found',
      ]);
    }
  });

  it('archives, never deletes: POST …/archive, then GET 404, checkout refused, the id free to create again', async () => {
    const before = ada();
    const archived = await api('/api/v1/customers/user_1/archive', { method: 'POST' });
    expect(await archived.json()).toEqual({
      customer: { ...before, archived: true, updatedAt: expect.any(Number) },
    });
    expect((await api('/api/v1/customers/user_1')).status).toBe(404);
    expect(standIn.subscriptions.find((s) => s.id === 'sub_1')?.status).toBe('canceled');
    expect((await createSession(standIn, product())).status).toBe(500);
    const again = await api('/api/v1/customers', {
      method: 'POST',
      body: JSON.stringify({ customer: { externalId: 'user_1', name: 'Ada', email: '' } }),
    });
    expect(again.status).toBe(200);
    expect(ada()?.id).not.toBe(before?.id);
    expect((await api('/api/v1/customers/ghost/archive', { method: 'POST' })).status).toBe(404);
  });
});
