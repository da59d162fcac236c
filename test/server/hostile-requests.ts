import fc from 'fast-check';
import { SERVER_CUSTOMER, SHOP } from './helpers';

/** Return URLs an attacker or a bug might send, and good ones. */
export const returnUrl = fc.oneof(
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
    successUrl: field(returnUrl),
    cancelUrl: field(returnUrl),
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
    successUrl: returnUrl,
    cancelUrl: returnUrl,
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
/** A request body: mostly checkout-shaped JSON, some with a smuggled customer, some any JSON or text. */
export const body = fc.oneof(
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
/** Content type and Origin, mostly a same-site browser's. */
export const headers = fc.record({
  'content-type': fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
    fc.constantFrom('text/plain', ''),
  ),
  origin: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(SHOP, '') },
    fc.constantFrom('https://evil.test', 'null'),
  ),
});

/** The generated headers as a `HeadersInit`, empty values left out. */
export const headersInit = (sent: Record<string, string>) =>
  Object.fromEntries(Object.entries(sent).filter(([, value]) => value));
