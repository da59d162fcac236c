import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CheckoutSessionHandlerOptions, createCheckoutSessionHandler } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { customerMissing, sessionAnswer, startFakeFlowglad } from './fake-flowglad';
import { CANARY_KEY, closedPortUrl, post, read, SERVER_CUSTOMER, SHOP, validSession } from './helpers';

// Every test runs against both readings of Flowglad's refusals: 500 INTERNAL_SERVER_ERROR and 400 BAD_REQUEST.
describe.each([500, 400] as const)('the handler and a Flowglad refusing with %i', (refusalStatus) => {
  let standIn: Awaited<ReturnType<typeof startFlowgladStandIn>>;
  beforeEach(async () => {
    standIn ??= await startFlowgladStandIn({ apiKey: CANARY_KEY, refusalStatus });
    standIn.reset();
    standIn.latencyMs = 0;
    onError.mockClear();
  });
  afterAll(() => standIn.close());

  const onError = vi.fn();
  const make = (options: Partial<CheckoutSessionHandlerOptions> = {}) =>
    createCheckoutSessionHandler({
      apiKey: CANARY_KEY,
      baseUrl: standIn.url,
      appOrigins: [SHOP],
      getCustomer: () => ({ externalId: SERVER_CUSTOMER, name: 'Ada', email: 'ada@example.com' }),
      onError,
      ...options,
    });
  const checkout = async (handler: (request: Request) => Promise<Response>, overrides = {}) => {
    const answer = await read(await handler(post({ checkoutSession: validSession(overrides) })));
    expect(answer.text + JSON.stringify([...answer.headers])).not.toContain(CANARY_KEY);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    return answer;
  };
  const calls = () =>
    standIn.apiRequests().map((request) => `${request.method} ${request.path} ${request.status}`);
  const forget = () => {
    standIn.requests.length = 0;
  };
  const CREATE = 'POST /api/v1/checkout-sessions';
  const refused = refusalStatus;

  it('a new customer: session refused (customer missing), customer created, session created — 3 calls', async () => {
    expect((await checkout(make())).status).toBe(200);
    expect(calls()).toEqual([`${CREATE} ${refused}`, 'POST /api/v1/customers 200', `${CREATE} 200`]);
    expect(standIn.customers.get(SERVER_CUSTOMER)).toMatchObject({ name: 'Ada', email: 'ada@example.com' });
    expect(standIn.sessions.size).toBe(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it('a returning customer on a fresh handler (a cold start, another replica): exactly 1 call', async () => {
    await checkout(make());
    forget();
    expect((await checkout(make())).status).toBe(200);
    expect(calls()).toEqual([`${CREATE} 200`]);
    const create = standIn.apiRequests()[0];
    expect(create?.body).toEqual({
      checkoutSession: { ...validSession(), customerExternalId: SERVER_CUSTOMER },
    });
    expect(create?.headers['x-stainless-retry-count']).toBe('0');
  });

  it('a customer archived after its first checkout: the next checkout re-creates it once and succeeds', async () => {
    const handler = make();
    await checkout(handler);
    const first = standIn.customers.get(SERVER_CUSTOMER);
    standIn.archiveCustomer(SERVER_CUSTOMER);
    forget();
    expect((await checkout(handler)).status).toBe(200);
    expect(calls()).toEqual([`${CREATE} ${refused}`, 'POST /api/v1/customers 200', `${CREATE} 200`]);
    expect(standIn.customers.get(SERVER_CUSTOMER)?.id).not.toBe(first?.id);
  });

  it('50 concurrent first checkouts of one customer: all 200, exactly 1 customer create', async () => {
    standIn.latencyMs = 5;
    const handler = make();
    // Different quantities: 50 checkouts, not one shared by identical presses.
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => checkout(handler, { quantity: i + 1 })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    expect(calls().filter((call) => call.startsWith('POST /api/v1/customers '))).toEqual([
      'POST /api/v1/customers 200',
    ]);
    expect(standIn.sessions.size).toBe(50);
  });

  it('a customer created elsewhere meanwhile (409 on the create) is fine: the session is created again', async () => {
    const fake = await startFakeFlowglad(
      (_, index) =>
        [customerMissing(refused), { status: 409, json: { error: 'conflict', code: 'CONFLICT' } }][index] ?? {
          status: 200,
          json: sessionAnswer(fake.url),
        },
    );
    try {
      const answer = await checkout(make({ apiKey: fake.apiKey, baseUrl: fake.url }));
      expect(answer.status).toBe(200);
      expect(fake.paths()).toEqual([CREATE, 'POST /api/v1/customers', CREATE]);
      expect(onError).not.toHaveBeenCalled();
    } finally {
      await fake.close();
    }
  });

  it.each([
    {
      name: 'an unknown price',
      overrides: { priceId: 'price_gone' },
      message: 'This product cannot be bought right now. Please contact the shop.',
    },
    {
      name: 'a usage price',
      overrides: { priceId: 'price_stand_in_api_calls' },
      message: 'This product cannot be bought right now. Please contact the shop.',
    },
    {
      name: 'an unknown slug',
      overrides: { priceId: undefined, priceSlug: 'gone' },
      message: 'This product cannot be bought right now. Please contact the shop.',
    },
  ])(
    '$name: 400 checkout_rejected with a shopper-safe message; Flowglad’s words go to onError',
    async ({ overrides, message }) => {
      await checkout(make()); // the customer exists: the refusal is about the price
      forget();
      onError.mockClear();
      const answer = await checkout(make(), overrides);
      expect([answer.status, answer.body.error]).toEqual([400, { code: 'checkout_rejected', message }]);
      expect(calls()).toEqual([`${CREATE} ${refused}`]);
      const [error, context] = onError.mock.calls[0] ?? [];
      expect(context).toMatchObject({ stage: 'create_session', status: 400, code: 'checkout_rejected' });
      expect(error).toMatchObject({
        status: refused,
        error: { error: expect.stringMatching(/^Invalid price(Id|Slug): /) },
      });
    },
  );

  it('an unknown price for a new customer is refused without creating the customer', async () => {
    const answer = await checkout(make(), { priceId: 'price_gone' });
    expect([answer.status, answer.body.error?.code]).toEqual([400, 'checkout_rejected']);
    expect(calls()).toEqual([`${CREATE} ${refused}`]);
  });

  it('one shopper-safe message for both activate_subscription target refusals (not found, not theirs)', async () => {
    standIn.subscriptions.push({
      id: 'sub_other',
      customerExternalId: 'someone_else',
      priceId: 'price_stand_in_pro_monthly',
    });
    await checkout(make());
    const activate = (targetSubscriptionId: string) =>
      checkout(make(), {
        type: 'activate_subscription',
        targetSubscriptionId,
        priceId: undefined,
        quantity: undefined,
      });
    const notFound = await activate('sub_missing');
    const notTheirs = await activate('sub_other');
    expect(notFound.body.error).toEqual({
      code: 'checkout_rejected',
      message: 'This subscription cannot be changed from here. Please contact the shop.',
    });
    expect(notTheirs.body.error).toEqual(notFound.body.error);
    expect(onError.mock.calls.map(([error]) => error.error.error)).toEqual([
      'Invalid targetSubscriptionId: Target subscription sub_missing not found',
      expect.stringMatching(
        /^Invalid targetSubscriptionId: Target subscription sub_other does not belong to customer cust_/,
      ),
    ]);
  });

  it('a new customer’s add_payment_method and activate_subscription checkouts recover the customer too', async () => {
    const card = await checkout(make(), {
      type: 'add_payment_method',
      priceId: undefined,
      quantity: undefined,
    });
    expect(card.status).toBe(200);
    expect(card.body.url).toMatch(/\/add-payment-method\/chckt_session_/);
    expect(calls()).toEqual([`${CREATE} ${refused}`, 'POST /api/v1/customers 200', `${CREATE} 200`]);
    forget();
    standIn.archiveCustomer(SERVER_CUSTOMER);
    standIn.subscriptions.push({
      id: 'sub_9',
      customerExternalId: SERVER_CUSTOMER,
      priceId: 'price_stand_in_pro_monthly',
    });
    const slug = await checkout(make(), { priceId: undefined, priceSlug: 'tshirt' });
    expect(slug.status).toBe(200);
    expect(calls()).toEqual([`${CREATE} ${refused}`, 'POST /api/v1/customers 200', `${CREATE} 200`]);
  });

  it('defaults a new customer’s name to the external id', async () => {
    const bare = { externalId: 'bare', email: 'bare@example.com' };
    expect((await checkout(make({ getCustomer: () => bare }))).status).toBe(200);
    expect(standIn.customers.get('bare')).toMatchObject({ name: 'bare', email: 'bare@example.com' });
  });

  it.each([
    'INVALID CHECKOUTSESSION: required customer NOT FOUND for Product checkout',
    'Required customer not found',
    'customer is required for add payment method checkout sessions',
    'Invalid customer: Customer is required to resolve price slug for identified checkout sessions',
    "Unwrap called on Err: Panic: Invalid checkoutSession: Required customer not found for Product checkout (anonymous=false). externalId='x', organization='o'.",
    'Unwrap called on Err: Panic: Unwrap called on Err: Invalid checkoutSession: Customer is required for add payment method checkout sessions',
  ])(
    '“%s” in any casing, with or without its prefix, means the customer is missing: recovered',
    async (message) => {
      const fake = await startFakeFlowglad((request, index) => {
        if (request.path === '/api/v1/customers') return { status: 200, json: { data: { customer: {} } } };
        if (index === 0)
          return { status: refused, json: { error: message, code: 'X', request_id: 'abcdef12' } };
        return { status: 200, json: sessionAnswer(fake.url) };
      });
      try {
        expect((await checkout(make({ apiKey: fake.apiKey, baseUrl: fake.url }))).status).toBe(200);
        expect(fake.paths()).toEqual([CREATE, 'POST /api/v1/customers', CREATE]);
      } finally {
        await fake.close();
      }
    },
  );

  const CONTACT_SHOP = 'This checkout could not be started. Please contact the shop.';
  const PRICE = 'This product cannot be bought right now. Please contact the shop.';
  const SUBSCRIPTION = 'This subscription cannot be changed from here. Please contact the shop.';
  it.each([
    { message: 'Invalid checkoutSession: Checkout session has no customer email', shopper: CONTACT_SHOP },
    { message: 'Invalid customer: blocked', shopper: CONTACT_SHOP },
    {
      message: 'Invalid organization: Organization org_1 does not have payouts enabled.',
      shopper: CONTACT_SHOP,
    },
    {
      message:
        'Unwrap called on Err: Panic: Invalid organization: Organization org_1 does not have a Stripe account ID. Stripe account setup is a prerequisite for live mode payments.',
      shopper: CONTACT_SHOP,
    },
    {
      message:
        'Unwrap called on Err: Panic: Invalid priceId: Invalid or not-found price ID: no matching price found for id "price_x"',
      shopper: PRICE,
    },
    {
      message:
        'Unwrap called on Err: Invalid priceSlug: Price with slug "gone" not found for customer\'s pricing model',
      shopper: PRICE,
    },
    {
      message:
        'Unwrap called on Err: Panic: Invalid targetSubscriptionId: Target subscription sub_1 not found',
      shopper: SUBSCRIPTION,
    },
    { message: 'Amount must be no more than $999,999.99', shopper: CONTACT_SHOP },
    { message: 'Invalid integer: 5368709117500', shopper: CONTACT_SHOP },
    { message: "No such customer: 'cus_seeded_fake'", shopper: CONTACT_SHOP },
    { message: 'Your account cannot currently make live charges.', shopper: CONTACT_SHOP },
  ])(
    'a refusal that will not go away (“$message”) is 400 checkout_rejected, not “try again”: no customer create',
    async ({ message, shopper }) => {
      const fake = await startFakeFlowglad(() => ({ status: refused, json: { error: message, code: 'X' } }));
      try {
        const answer = await checkout(make({ apiKey: fake.apiKey, baseUrl: fake.url }));
        expect([answer.status, answer.body.error]).toEqual([
          400,
          { code: 'checkout_rejected', message: shopper },
        ]);
        expect(fake.paths()).toEqual([CREATE]);
        expect(onError.mock.calls[0]?.[0]).toMatchObject({ error: { error: message } });
      } finally {
        await fake.close();
      }
    },
  );

  it.each([
    'Internal server error',
    'An error occurred with our connection to Stripe',
    'Unwrap called on Err: Panic: connection terminated unexpectedly',
  ])('a crash or an outage (“%s”) stays 502 upstream_error', async (message) => {
    const fake = await startFakeFlowglad(() => ({ status: 500, json: { error: message, code: 'X' } }));
    try {
      const answer = await checkout(make({ apiKey: fake.apiKey, baseUrl: fake.url }));
      expect([answer.status, answer.body.error?.code]).toEqual([502, 'upstream_error']);
      expect(fake.paths()).toEqual([CREATE]);
    } finally {
      await fake.close();
    }
  });

  it('activate_subscription by a shopper Flowglad does not know is a refusal: no customer is created', async () => {
    standIn.subscriptions.push({
      id: 'sub_of_someone',
      customerExternalId: 'someone_else',
      priceId: 'price_stand_in_pro_monthly',
    });
    const answer = await checkout(make(), {
      type: 'activate_subscription',
      targetSubscriptionId: 'sub_of_someone',
      priceId: undefined,
      quantity: undefined,
    });
    expect([answer.status, answer.body.error]).toEqual([
      400,
      { code: 'checkout_rejected', message: SUBSCRIPTION },
    ]);
    expect(calls()).toEqual([`${CREATE} ${refused}`]);
    expect(standIn.customers.has(SERVER_CUSTOMER)).toBe(false);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      error: { error: 'Invalid customer: Customer is required for activate subscription checkout sessions' },
    });
  });

  it('a customer still missing after being created: 502, no third create', async () => {
    const fake = await startFakeFlowglad((request) =>
      request.path === '/api/v1/customers'
        ? { status: 200, json: { data: { customer: {} } } }
        : customerMissing(refused),
    );
    try {
      const answer = await checkout(make({ apiKey: fake.apiKey, baseUrl: fake.url }));
      expect([answer.status, answer.body.error?.code]).toEqual([502, 'upstream_error']);
      expect(fake.paths()).toEqual([CREATE, 'POST /api/v1/customers', CREATE]);
    } finally {
      await fake.close();
    }
  });

  it('a plain 500 "Internal server error" is 502, without retrying the create', async () => {
    await checkout(make());
    forget();
    standIn.failNext(500);
    const answer = await checkout(make());
    expect([answer.status, answer.body.error]).toEqual([
      502,
      {
        code: 'upstream_error',
        message: 'Checkout is unavailable right now. Please try again in a few minutes.',
      },
    ]);
    expect(calls()).toEqual([`${CREATE} 500`]);
  });

  it.each([503, 403, 409])('Flowglad’s %i on the create is 502, without retrying', async (failure) => {
    await checkout(make());
    forget();
    standIn.failNext(failure);
    const { status, body } = await checkout(make());
    expect([status, body.error?.code]).toEqual([502, 'upstream_error']);
    expect(calls()).toEqual([`${CREATE} ${failure}`]);
  });

  it('a bad key (Flowglad’s plain-text 401) is 502 with a generic message; the 401 goes to onError only', async () => {
    const wrongKey = 'sk_test_local-wrong-canary';
    const { status, body, text } = await checkout(make({ apiKey: wrongKey }));
    expect([status, body.error?.code]).toEqual([502, 'upstream_error']);
    expect(text).not.toContain(wrongKey);
    const [error, context] = onError.mock.calls[0] ?? [];
    expect(error).toMatchObject({ status: 401 });
    expect(context).toMatchObject({ stage: 'create_session', status: 502, code: 'upstream_error' });
  });

  it('an unreachable Flowglad is 502', async () => {
    const { status, body } = await checkout(make({ baseUrl: await closedPortUrl() }));
    expect([status, body.error?.code]).toEqual([502, 'upstream_error']);
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'create_session' });
  });

  it('a Flowglad slower than timeoutMs is 504 upstream_timeout', async () => {
    standIn.latencyMs = 400;
    const { status, body } = await checkout(make({ timeoutMs: 50 }));
    expect([status, body.error?.code]).toEqual([504, 'upstream_timeout']);
  });
});
