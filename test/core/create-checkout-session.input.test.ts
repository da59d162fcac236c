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
  const cases: [string, unknown, string][] = [
    ['input is not an object', 'price_1', 'must be an object'],
    ['input is null', null, 'must be an object'],
    ['input is an array', [{ priceId: 'p' }], 'must be an object'],
    ['unknown session type', { type: 'purchase', priceId: 'p' }, 'type must be one of'],
    ['neither priceId nor priceSlug', { quantity: 1 }, 'exactly one of priceId or priceSlug'],
    ['both priceId and priceSlug', { priceId: 'p', priceSlug: 's' }, 'exactly one of priceId or priceSlug'],
    ['empty priceId', { priceId: '' }, 'priceId must be a non-empty string'],
    ['priceId not a string', { priceId: 42 }, 'priceId must be a non-empty string'],
    ['quantity 0', { priceId: 'p', quantity: 0 }, 'quantity must be a whole number from 1 to 2147483647'],
    [
      'negative quantity',
      { priceId: 'p', quantity: -2 },
      'quantity must be a whole number from 1 to 2147483647',
    ],
    ['fractional quantity', { priceId: 'p', quantity: 1.5 }, 'quantity must be a whole number'],
    ['quantity as a string', { priceId: 'p', quantity: '2' }, 'quantity must be a whole number'],
    [
      'quantity 2^31 (Flowglad stores a 32-bit integer)',
      { priceId: 'p', quantity: 2 ** 31 },
      'quantity must be a whole number from 1 to 2147483647',
    ],
    [
      'quantity 2^53 + 1',
      { priceId: 'p', quantity: 2 ** 53 + 1 },
      'quantity must be a whole number from 1 to 2147483647',
    ],
    [
      'quantity 1e21',
      { priceId: 'p', quantity: 1e21 },
      'quantity must be a whole number from 1 to 2147483647',
    ],
    [
      'quantity 1e300',
      { priceId: 'p', quantity: 1e300 },
      'quantity must be a whole number from 1 to 2147483647',
    ],
    ['quantity NaN', { priceId: 'p', quantity: Number.NaN }, 'quantity must be a whole number'],
    [
      'quantity Infinity',
      { priceId: 'p', quantity: Number.POSITIVE_INFINITY },
      'quantity must be a whole number',
    ],
    [
      'javascript: successUrl',
      { priceId: 'p', successUrl: 'javascript:alert(1)' },
      'successUrl must be an absolute http(s) URL',
    ],
    [
      'data: cancelUrl',
      { priceId: 'p', cancelUrl: 'data:text/html,<b>x</b>' },
      'cancelUrl must be an absolute http(s) URL',
    ],
    [
      'ftp: successUrl',
      { priceId: 'p', successUrl: 'ftp://shop.test/x' },
      'successUrl must be an absolute http(s) URL',
    ],
    [
      'successUrl not a string',
      { priceId: 'p', successUrl: 7 },
      'successUrl must be an absolute http(s) URL',
    ],
    [
      'nested outputMetadata',
      { priceId: 'p', outputMetadata: { a: { b: 1 } } },
      'outputMetadata must be a flat object',
    ],
    [
      'outputMetadata string over 500 characters',
      { priceId: 'p', outputMetadata: { a: 'x'.repeat(501) } },
      'outputMetadata must be a flat object',
    ],
    [
      'outputMetadata null value',
      { priceId: 'p', outputMetadata: { a: null } },
      'outputMetadata must be a flat object',
    ],
    [
      'outputMetadata not an object',
      { priceId: 'p', outputMetadata: 'a=b' },
      'outputMetadata must be a flat object',
    ],
    ['empty outputName', { priceId: 'p', outputName: '' }, 'outputName must be a non-empty string'],
    [
      'customerExternalId from the browser',
      { priceId: 'p', customerExternalId: 'user_1' },
      'remove customerExternalId',
    ],
    ['an unknown field', { priceId: 'p', anonymous: true }, 'remove anonymous'],
    [
      'activate_subscription without target',
      { type: 'activate_subscription' },
      'targetSubscriptionId is required',
    ],
    ['add_payment_method with a price', { type: 'add_payment_method', priceId: 'p' }, 'remove priceId'],
  ];

  it.each(cases)('%s', async (_name, input, message) => {
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
