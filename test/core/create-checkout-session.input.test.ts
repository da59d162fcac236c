import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CheckoutSessionInput, createCheckoutSession, isCheckoutError } from '../../src/index';
import { okBody, ROUTE, requests, sentBody, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';

serveWithMsw();

// Failed checkouts log a development warning each: collected here, checked in the dev-warning tests.
expectCheckoutWarnings();

beforeEach(() => {
  server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
});

const url = 'https://shop.test/done';

describe('input rules: each refusal is invalid_input and sends nothing', () => {
  const cases: { name: string; input: unknown; message: string }[] = [
    { name: 'input is not an object', input: 'price_1', message: 'must be an object' },
    { name: 'input is null', input: null, message: 'must be an object' },
    { name: 'input is an array', input: [{ priceId: 'p' }], message: 'must be an object' },
    {
      name: 'unknown session type',
      input: { type: 'purchase', priceId: 'p' },
      message: 'type must be one of',
    },
    {
      name: 'neither priceId nor priceSlug',
      input: { quantity: 1 },
      message: 'exactly one of priceId or priceSlug',
    },
    {
      name: 'both priceId and priceSlug',
      input: { priceId: 'p', priceSlug: 's' },
      message: 'exactly one of priceId or priceSlug',
    },
    { name: 'empty priceId', input: { priceId: '' }, message: 'priceId must be a non-empty string' },
    { name: 'priceId not a string', input: { priceId: 42 }, message: 'priceId must be a non-empty string' },
    {
      name: 'quantity 0',
      input: { priceId: 'p', quantity: 0 },
      message: 'quantity must be a whole number from 1 to 2147483647',
    },
    {
      name: 'negative quantity',
      input: { priceId: 'p', quantity: -2 },
      message: 'quantity must be a whole number from 1 to 2147483647',
    },
    {
      name: 'fractional quantity',
      input: { priceId: 'p', quantity: 1.5 },
      message: 'quantity must be a whole number',
    },
    {
      name: 'quantity as a string',
      input: { priceId: 'p', quantity: '2' },
      message: 'quantity must be a whole number',
    },
    // Only an absent quantity defaults to 1.
    {
      name: 'quantity null',
      input: { priceId: 'p', quantity: null },
      message: 'quantity must be a whole number',
    },
    {
      name: 'a quantity on a session type that has none',
      input: { type: 'add_payment_method', quantity: 1 },
      message: 'remove quantity: not a checkout field',
    },
    {
      name: 'quantity 2^31 (Flowglad stores a 32-bit integer)',
      input: { priceId: 'p', quantity: 2 ** 31 },
      message: 'quantity must be a whole number from 1 to 2147483647',
    },
    {
      name: 'quantity 2^53 + 1',
      input: { priceId: 'p', quantity: 2 ** 53 + 1 },
      message: 'quantity must be a whole number from 1 to 2147483647',
    },
    {
      name: 'quantity 1e21',
      input: { priceId: 'p', quantity: 1e21 },
      message: 'quantity must be a whole number from 1 to 2147483647',
    },
    {
      name: 'quantity 1e300',
      input: { priceId: 'p', quantity: 1e300 },
      message: 'quantity must be a whole number from 1 to 2147483647',
    },
    {
      name: 'quantity NaN',
      input: { priceId: 'p', quantity: Number.NaN },
      message: 'quantity must be a whole number',
    },
    {
      name: 'quantity Infinity',
      input: { priceId: 'p', quantity: Number.POSITIVE_INFINITY },
      message: 'quantity must be a whole number',
    },
    {
      name: 'javascript: successUrl',
      input: { priceId: 'p', successUrl: 'javascript:alert(1)' },
      message: 'successUrl must be an absolute http(s) URL',
    },
    {
      name: 'data: cancelUrl',
      input: { priceId: 'p', cancelUrl: 'data:text/html,<b>x</b>' },
      message: 'cancelUrl must be an absolute http(s) URL',
    },
    {
      name: 'ftp: successUrl',
      input: { priceId: 'p', successUrl: 'ftp://shop.test/x' },
      message: 'successUrl must be an absolute http(s) URL',
    },
    {
      name: 'successUrl not a string',
      input: { priceId: 'p', successUrl: 7 },
      message: 'successUrl must be an absolute http(s) URL',
    },
    {
      name: 'nested outputMetadata',
      input: { priceId: 'p', outputMetadata: { a: { b: 1 } } },
      message: 'outputMetadata must be a flat object',
    },
    {
      name: 'outputMetadata string over 500 characters',
      input: { priceId: 'p', outputMetadata: { a: 'x'.repeat(501) } },
      message: 'outputMetadata must be a flat object',
    },
    {
      name: 'outputMetadata null value',
      input: { priceId: 'p', outputMetadata: { a: null } },
      message: 'outputMetadata must be a flat object',
    },
    {
      name: 'outputMetadata not an object',
      input: { priceId: 'p', outputMetadata: 'a=b' },
      message: 'outputMetadata must be a flat object',
    },
    {
      name: 'empty outputName',
      input: { priceId: 'p', outputName: '' },
      message: 'outputName must be a non-empty string',
    },
    {
      name: 'customerExternalId from the browser',
      input: { priceId: 'p', customerExternalId: 'user_1' },
      message: 'remove customerExternalId',
    },
    { name: 'an unknown field', input: { priceId: 'p', anonymous: true }, message: 'remove anonymous' },
    {
      name: 'activate_subscription without target',
      input: { type: 'activate_subscription' },
      message: 'targetSubscriptionId is required',
    },
    {
      name: 'add_payment_method with a price',
      input: { type: 'add_payment_method', priceId: 'p' },
      message: 'remove priceId',
    },
  ];

  it.each(cases)('$name', async ({ input, message }) => {
    const error = await createCheckoutSession(input as CheckoutSessionInput).catch((e: unknown) => e);
    expect(isCheckoutError(error, 'invalid_input')).toBe(true);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).toContain('Nothing was sent');
    expect(requests).toHaveLength(0);
  });

  it('lists every problem, each with the path to its field', async () => {
    const error = await createCheckoutSession({ priceId: '', quantity: 0 } as CheckoutSessionInput).catch(
      (e: unknown) => e,
    );
    expect(isCheckoutError(error, 'invalid_input')).toBe(true);
    expect((error as { issues: unknown }).issues).toEqual([
      { path: ['priceId'], message: 'priceId must be a non-empty string' },
      { path: ['quantity'], message: 'quantity must be a whole number from 1 to 2147483647' },
    ]);
  });

  it('refuses a headers function that throws, before sending', async () => {
    const error = await createCheckoutSession(
      { priceId: 'p' },
      {
        headers: () => {
          throw new Error('no token');
        },
      },
    ).catch((e: unknown) => e);
    expect(isCheckoutError(error, 'invalid_input')).toBe(true);
    expect((error as Error).message).toContain('no token');
    expect(requests).toHaveLength(0);
  });
});

describe('what is sent', () => {
  it('posts the Flowglad shape, defaults filled, no customerExternalId', async () => {
    await createCheckoutSession({ priceId: 'price_123', quantity: 2 });
    const request = requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(ROUTE);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await sentBody()).toEqual({
      checkoutSession: {
        type: 'product',
        priceId: 'price_123',
        quantity: 2,
        successUrl: 'https://shop.test/cart?item=1',
        cancelUrl: 'https://shop.test/cart?item=1',
      },
    });
  });

  it.each([
    { name: 'absent', input: { priceSlug: 'pro' } },
    { name: 'undefined', input: { priceSlug: 'pro', quantity: undefined } },
  ])('sends quantity 1 for a product whose quantity is $name', async ({ input }) => {
    await createCheckoutSession(input);
    expect((await sentBody()).checkoutSession).toMatchObject({
      type: 'product',
      priceSlug: 'pro',
      quantity: 1,
    });
  });

  it('sends the largest quantity Flowglad stores, 2147483647', async () => {
    await createCheckoutSession({ priceId: 'p', quantity: 2_147_483_647 });
    expect((await sentBody()).checkoutSession.quantity).toBe(2_147_483_647);
  });

  it('resolves relative success and cancel paths against the page', async () => {
    await createCheckoutSession({
      priceSlug: 'pro-monthly',
      successUrl: '/thanks?x=1',
      cancelUrl: '../back',
    });
    expect((await sentBody()).checkoutSession).toEqual({
      type: 'product',
      priceSlug: 'pro-monthly',
      quantity: 1,
      successUrl: 'https://shop.test/thanks?x=1',
      cancelUrl: 'https://shop.test/back',
    });
  });

  it('sends metadata, outputName and the other session types as given', async () => {
    await createCheckoutSession({
      type: 'activate_subscription',
      targetSubscriptionId: 'sub_1',
      successUrl: url,
      cancelUrl: url,
      outputMetadata: { plan: 'pro', seats: 3, trial: false },
      outputName: 'Pro plan',
    });
    expect((await sentBody()).checkoutSession).toEqual({
      type: 'activate_subscription',
      targetSubscriptionId: 'sub_1',
      successUrl: url,
      cancelUrl: url,
      outputMetadata: { plan: 'pro', seats: 3, trial: false },
      outputName: 'Pro plan',
    });
    requests.length = 0;
    await createCheckoutSession({ type: 'add_payment_method' });
    expect((await sentBody()).checkoutSession.type).toBe('add_payment_method');
  });

  it('uses the configured endpoint and headers (static or async)', async () => {
    server.use(http.post('https://api.shop.test/pay', () => HttpResponse.json(okBody())));
    await createCheckoutSession(
      { priceId: 'p' },
      { endpoint: 'https://api.shop.test/pay', headers: { 'x-a': '1' } },
    );
    await createCheckoutSession(
      { priceId: 'p' },
      { endpoint: '/api/checkout-sessions', headers: async () => ({ authorization: 'Bearer t0ken' }) },
    );
    expect(requests.map((r) => r.url)).toEqual(['https://api.shop.test/pay', ROUTE]);
    expect(requests[0]?.headers.get('x-a')).toBe('1');
    expect(requests[1]?.headers.get('authorization')).toBe('Bearer t0ken');
  });

  it('uses the configured fetch', async () => {
    const seen: string[] = [];
    const result = await createCheckoutSession(
      { priceId: 'p' },
      {
        fetch: (input, init) => {
          seen.push(String(input));
          return fetch(input, init);
        },
      },
    );
    expect(seen).toEqual([ROUTE]);
    expect(result.url).toBe(okBody().url);
  });
});
