import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createCheckoutSessionHandler } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { ROUTE, read, SERVER_CUSTOMER, SHOP } from './helpers';

const standIn = await startFlowgladStandIn({ customers: [{ externalId: SERVER_CUSTOMER }] });
afterAll(() => standIn.close());
const handler = createCheckoutSessionHandler({
  apiKey: standIn.apiKey,
  baseUrl: standIn.url,
  getCustomer: () => ({ externalId: SERVER_CUSTOMER }),
});

/** Return URLs an attacker or a bug might send, and good ones. */
const url = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      `${SHOP}/thanks`,
      `${SHOP}/cart?x=1#top`,
      'HTTPS://SHOP.TEST/upper',
      'https://shop.test:443/default-port',
    ),
  },
  fc.constantFrom(
    'http://shop.test/thanks',
    'https://evil.test/',
    'https://shop.test.evil.test/',
    'https://shop.test@evil.test/',
    'https://user:pw@shop.test/',
    '//evil.test/x',
    '/thanks',
    'javascript:alert(1)',
    'data:text/html,hi',
    'https://evil.test\\@shop.test/',
    ' https://shop.test/space',
  ),
  fc.webUrl(),
  fc.string(),
);
const field = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const anySession = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom('product', 'add_payment_method', 'activate_subscription', 'purchase'),
      fc.string(),
    ),
    priceId: field(
      fc.oneof(
        fc.constantFrom('price_stand_in_tshirt', 'price_stand_in_api_calls', 'price_gone'),
        fc.string(),
      ),
    ),
    priceSlug: field(fc.constantFrom('tshirt', 'pro-monthly', 'nope')),
    quantity: field(fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.string())),
    successUrl: field(url),
    cancelUrl: field(url),
    targetSubscriptionId: field(fc.string()),
    outputMetadata: field(fc.dictionary(fc.string(), fc.jsonValue())),
    outputName: field(fc.string()),
    customerExternalId: field(fc.constantFrom('victim', SERVER_CUSTOMER, '')),
    anonymous: field(fc.boolean()),
  },
  { requiredKeys: [] },
);
/** A valid product checkout with, at times, one field made wrong or one field added. */
const nearlyValidSession = fc
  .record({
    type: fc.constant('product'),
    priceId: fc.constantFrom(
      'price_stand_in_tshirt',
      'price_stand_in_pro_monthly',
      'price_stand_in_api_calls',
      'price_gone',
    ),
    quantity: fc.integer({ min: 1, max: 5 }),
    successUrl: url,
    cancelUrl: url,
  })
  .chain((valid) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(valid) },
      fc
        .record({
          key: fc.constantFrom(...Object.keys(valid), 'customerExternalId', 'anonymous', 'priceSlug'),
          value: fc.jsonValue(),
        })
        .map(({ key, value }) => ({ ...valid, [key]: value })),
    ),
  );
const session = fc.oneof({ weight: 4, arbitrary: nearlyValidSession }, anySession);
const body = fc.oneof(
  { weight: 6, arbitrary: fc.record({ checkoutSession: session }).map((value) => JSON.stringify(value)) },
  {
    weight: 1,
    arbitrary: fc
      .record({ checkoutSession: session, customerExternalId: fc.constantFrom('victim', SERVER_CUSTOMER) })
      .map((value) => JSON.stringify(value)),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string() },
);
const headers = fc.record({
  'content-type': fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
    fc.constantFrom('text/plain', ''),
  ),
  origin: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(SHOP, '') },
    fc.constantFrom('https://evil.test', 'null'),
  ),
});

/** The oracle: a return URL is acceptable only on the shop's origin, as an absolute http(s) URL without credentials. */
const onShop = (value: unknown) => {
  try {
    const parsed = new URL(String(value));
    return parsed.origin === SHOP && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
};
const mentionsCustomer = (text: string) => text.includes('"customerExternalId"');

describe('the handler under arbitrary input (fast-check)', () => {
  it('never answers 5xx, never forwards a client-chosen customer, never accepts a return URL off the allowed origins', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, headers, async (text, sent) => {
        const init: Record<string, string> = {};
        for (const [name, value] of Object.entries(sent)) if (value) init[name] = value;
        const before = standIn.apiRequests().length;
        const answer = await read(
          await handler(new Request(ROUTE, { method: 'POST', headers: init, body: text })),
        );

        expect(answer.status).toBeLessThan(500);
        expect(answer.headers.get('cache-control')).toBe('no-store');
        if (answer.status !== 200) {
          expect(answer.body.error?.code).toEqual(expect.any(String));
          expect(
            standIn
              .apiRequests()
              .slice(before)
              .filter((r) => r.status === 200 && r.method === 'POST'),
          ).toEqual([]);
          return;
        }
        accepted += 1;
        const sentSession = (JSON.parse(text) as { checkoutSession: Record<string, unknown> })
          .checkoutSession;
        expect(mentionsCustomer(text)).toBe(false);
        expect(onShop(sentSession.successUrl) && onShop(sentSession.cancelUrl)).toBe(true);
        const created = answer.body.checkoutSession as { successUrl: string; cancelUrl: string };
        expect(onShop(created.successUrl) && onShop(created.cancelUrl)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    // Whatever the bodies said, Flowglad only ever heard of the server's customer.
    for (const request of standIn.apiRequests()) {
      if (request.path.startsWith('/api/v1/customers/'))
        expect(request.path).toBe(`/api/v1/customers/${SERVER_CUSTOMER}`);
      if (request.path === '/api/v1/checkout-sessions') {
        expect(
          (request.body as { checkoutSession: { customerExternalId: string } }).checkoutSession
            .customerExternalId,
        ).toBe(SERVER_CUSTOMER);
      }
    }
    // The generators reach the success path often enough for the checks above to mean something.
    expect(accepted).toBeGreaterThan(20);
  });
});
