import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFlowgladStandIn } from '../../src/testing';
import {
  handlerFor,
  post,
  ROUTE,
  read,
  SERVER_CUSTOMER,
  SERVER_SHOPPER,
  SHOP,
  validSession,
} from './helpers';

const standIn = await startFlowgladStandIn({ customers: [SERVER_SHOPPER] });
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  getCustomer.mockClear();
});

const getCustomer = vi.fn(async (): Promise<typeof SERVER_SHOPPER | null> => SERVER_SHOPPER);
const handler = handlerFor(standIn, { getCustomer });

/** Sends a request through the handler, called as a plain function, and checks what every answer must have. */
async function answer(request: Request, handle = handler) {
  const result = await read(await handle(request));
  expect(result.headers.get('cache-control')).toBe('no-store');
  expect(result.text + JSON.stringify([...result.headers])).not.toContain(standIn.apiKey);
  expect(result.headers.get('content-type')).toMatch(/^application\/json/);
  if (result.status !== 200) {
    expect(result.body.error).toEqual({
      code: expect.any(String),
      message: expect.any(String),
      ...(result.body.error?.issues && { issues: expect.any(Array) }),
    });
    expect(Object.keys(result.body)).toEqual(['error']);
  }
  return result;
}

describe('createCheckoutSessionHandler, called as a Request → Response function', () => {
  it('creates a session: 200 {checkoutSession, url} exactly as Flowglad sent them', async () => {
    const { status, body } = await answer(post({ checkoutSession: validSession() }));
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['checkoutSession', 'url', 'reused']);
    expect(body.reused).toBe(false);
    const id = (body.checkoutSession as { id: string }).id;
    expect(body.checkoutSession).toEqual(standIn.sessions.get(id));
    expect(body.url).toBe(`${standIn.url}/checkout/${id}`);
    expect(standIn.sessions.get(id)).toMatchObject({
      quantity: 2,
      successUrl: `${SHOP}/thanks`,
      cancelUrl: `${SHOP}/cart`,
    });
  });

  it.each(['HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])(
    'refuses %s with 405 and Allow: GET, POST',
    async (method) => {
      const withBody = method !== 'HEAD' && method !== 'OPTIONS';
      const request = new Request(ROUTE, { method, ...(withBody && { body: '{}' }) });
      const { status, body, headers } = await answer(request);
      expect([status, headers.get('allow')]).toEqual([405, 'GET, POST']);
      if (method !== 'HEAD') expect(body.error?.code).toBe('method_not_allowed');
    },
  );

  it.each([
    { name: 'no content type', headers: { 'content-type': '' } },
    { name: 'a multipart form', headers: { 'content-type': 'multipart/form-data; boundary=x' } },
    { name: 'plain text', headers: { 'content-type': 'text/plain' } },
  ])('refuses $name with 415', async ({ headers }) => {
    const { status, body } = await answer(post({ checkoutSession: validSession() }, headers));
    expect([status, body.error?.code]).toEqual([415, 'unsupported_media_type']);
  });

  it('accepts application/json with a charset', async () => {
    const { status } = await answer(
      post({ checkoutSession: validSession() }, { 'content-type': 'application/json; charset=utf-8' }),
    );
    expect(status).toBe(200);
  });

  it('refuses a body over 16 KiB with 413 — by Content-Length, and while streaming when the header lies or is absent', async () => {
    const big = JSON.stringify({ checkoutSession: validSession({ outputName: 'x'.repeat(17_000) }) });
    expect((await answer(post(big))).body.error?.code).toBe('payload_too_large');
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1_000)
          controller.close(); // 1,000 × 1 KiB: far more than the limit, never all read
        else controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const streamed = new Request(ROUTE, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '10' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const { status, body } = await answer(streamed);
    expect([status, body.error?.code]).toEqual([413, 'payload_too_large']);
    expect(pulled).toBeLessThan(100);
  });

  it.each([
    { name: 'malformed JSON', raw: '{"checkoutSession": ' },
    { name: 'an empty body', raw: '' },
    { name: 'invalid UTF-8', raw: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) },
  ])('refuses $name with 400 invalid_json', async ({ raw }) => {
    const request = new Request(ROUTE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw,
    });
    const { status, body } = await answer(request);
    expect([status, body.error?.code]).toEqual([400, 'invalid_json']);
  });

  it.each<{ name: string; headers: Record<string, string> }>([
    { name: 'another site’s Origin', headers: { origin: 'https://evil.test' } },
    { name: 'Origin: null', headers: { origin: 'null' } },
    { name: 'a same-named origin on another scheme', headers: { origin: 'http://shop.test' } },
    { name: 'Sec-Fetch-Site: cross-site', headers: { origin: SHOP, 'sec-fetch-site': 'cross-site' } },
  ])('refuses $name with 403 forbidden_origin, before reading the body', async ({ headers }) => {
    const { status, body } = await answer(post({ checkoutSession: validSession() }, headers));
    expect([status, body.error?.code]).toEqual([403, 'forbidden_origin']);
    expect(getCustomer).not.toHaveBeenCalled();
  });

  it('accepts no Origin header (servers, tests) and an Origin listed in appOrigins', async () => {
    const noOrigin = new Request(ROUTE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ checkoutSession: validSession() }),
    });
    expect((await answer(noOrigin)).status).toBe(200);
    const twoSites = handlerFor(standIn, { getCustomer, appOrigins: [SHOP, 'https://WWW.shop.test/'] });
    const fromWww = post({ checkoutSession: validSession() }, { origin: 'https://www.shop.test' });
    expect((await answer(fromWww, twoSites)).status).toBe(200);
  });

  it('with appOrigins set, a request whose own origin (its Host) is not the shop’s is refused: no forged-Host redirect', async () => {
    const forged = 'https://evil.test';
    const session = validSession({ successUrl: `${forged}/thanks`, cancelUrl: `${forged}/cart` });
    const viaForgedHost = post(
      { checkoutSession: session },
      { origin: forged },
      `${forged}/api/checkout-sessions`,
    );
    expect((await answer(viaForgedHost)).body.error?.code).toBe('forbidden_origin');
    const noOrigin = new Request(`${forged}/api/checkout-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ checkoutSession: session }),
    });
    const { status, body } = await answer(noOrigin);
    expect([status, body.error?.code]).toEqual([400, 'redirect_not_allowed']);
    expect(standIn.apiRequests()).toEqual([]);
  });

  it('refuses input that fails the shared schema with 400 invalid_input and issues pointing at the fields', async () => {
    const { status, body } = await answer(
      post({ checkoutSession: validSession({ quantity: 0, outputName: 7 }) }),
    );
    expect([status, body.error?.code]).toEqual([400, 'invalid_input']);
    expect(body.error?.issues).toEqual([
      { path: ['quantity'], message: 'quantity must be a whole number from 1 to 2147483647' },
      { path: ['outputName'], message: 'outputName must be a non-empty string' },
    ]);
    // The shopper reads a fixed sentence, never the input or the developer's details.
    expect(body.error?.message).toBe(
      'Some checkout details are not valid. Please reload the page and try again.',
    );
    const both = await answer(post({ checkoutSession: validSession({ priceSlug: 'tshirt' }) }));
    expect(both.body.error?.issues).toEqual([
      { path: ['priceId'], message: expect.stringContaining('priceSlug') },
    ]);
    expect(getCustomer).not.toHaveBeenCalled();
  });

  it.each([
    {
      name: 'in checkoutSession',
      payload: { checkoutSession: validSession({ customerExternalId: 'victim' }) },
      path: [],
    },
    {
      name: 'beside checkoutSession',
      payload: { checkoutSession: validSession(), customerExternalId: 'victim' },
      path: ['customerExternalId'],
    },
  ])('refuses a customerExternalId $name with 400 and never uses it', async ({ payload, path }) => {
    const { status, body } = await answer(post(payload));
    expect([status, body.error?.code]).toEqual([400, 'invalid_input']);
    expect(JSON.stringify(body.error?.issues)).toContain('customerExternalId');
    expect(body.error?.message).not.toContain('customerExternalId');
    if (path.length) expect(body.error?.issues?.[0]?.path).toEqual(path);
    expect(standIn.apiRequests()).toEqual([]);
  });

  it.each([
    { name: 'a JSON array', payload: [] },
    { name: 'a string', payload: JSON.stringify('buy') },
    { name: 'an object without checkoutSession', payload: { priceId: 'price_1' } },
  ])('refuses $name with 400 invalid_input', async ({ payload }) => {
    const { status, body } = await answer(post(payload));
    expect([status, body.error?.code]).toEqual([400, 'invalid_input']);
    expect(body.error?.issues?.length).toBeGreaterThan(0);
  });

  it.each([
    { field: 'successUrl', url: 'https://evil.test/thanks' },
    { field: 'cancelUrl', url: 'http://shop.test/cart' },
    { field: 'successUrl', url: 'https://shop.test.evil.test/' },
    { field: 'cancelUrl', url: 'https://user:pass@shop.test/cart' },
    { field: 'successUrl', url: 'https://shop.test:8443/thanks' },
  ])(
    'refuses a $field of $url with 400 redirect_not_allowed and an issue at that field',
    async ({ field, url }) => {
      const { status, body } = await answer(post({ checkoutSession: validSession({ [field]: url }) }));
      expect([status, body.error?.code]).toEqual([400, 'redirect_not_allowed']);
      expect(body.error?.issues).toEqual([{ path: [field], message: `${field} must be a URL on ${SHOP}` }]);
      expect(standIn.apiRequests()).toEqual([]);
    },
  );

  it.each([
    { name: 'a product', session: validSession({ priceId: 'price_stand_in_pro_monthly', quantity: 1 }) },
    {
      name: 'an activate_subscription',
      session: validSession({
        type: 'activate_subscription',
        targetSubscriptionId: 'sub_mine',
        priceId: undefined,
        quantity: undefined,
      }),
    },
  ])('passes preserveBillingCycleAnchor of $name checkout on to Flowglad', async ({ session }) => {
    standIn.subscriptions.push({
      id: 'sub_mine',
      customerExternalId: SERVER_CUSTOMER,
      priceId: 'price_stand_in_pro_monthly',
    });
    for (const preserveBillingCycleAnchor of [true, false]) {
      const { status, body } = await answer(
        post({ checkoutSession: { ...session, preserveBillingCycleAnchor } }),
      );
      expect([status, body.checkoutSession]).toEqual([
        200,
        expect.objectContaining({ preserveBillingCycleAnchor }),
      ]);
      const sent = standIn.apiRequests().at(-1)?.body as { checkoutSession: Record<string, unknown> };
      expect(sent.checkoutSession.preserveBillingCycleAnchor).toBe(preserveBillingCycleAnchor);
    }
  });

  it('refuses preserveBillingCycleAnchor that is not a boolean, or on add_payment_method', async () => {
    const notBoolean = await answer(
      post({ checkoutSession: validSession({ preserveBillingCycleAnchor: 'yes' }) }),
    );
    expect([notBoolean.status, notBoolean.body.error?.issues]).toEqual([
      400,
      [{ path: ['preserveBillingCycleAnchor'], message: 'preserveBillingCycleAnchor must be true or false' }],
    ]);
    const card = validSession({
      type: 'add_payment_method',
      priceId: undefined,
      quantity: undefined,
      preserveBillingCycleAnchor: true,
    });
    const onCard = await answer(post({ checkoutSession: card }));
    expect([onCard.status, onCard.body.error?.code]).toEqual([400, 'invalid_input']);
    expect(standIn.apiRequests()).toEqual([]);
  });

  it('refuses javascript: and relative return URLs with 400 (the schema wants absolute http(s))', async () => {
    for (const url of ['javascript:alert(1)', '/thanks', '//evil.test/x', 'data:text/html,hi']) {
      const { status, body } = await answer(post({ checkoutSession: validSession({ successUrl: url }) }));
      expect([status, body.error?.issues?.[0]?.path]).toEqual([400, ['successUrl']]);
    }
  });

  it('answers 401 unauthenticated when getCustomer returns null, and sends nothing upstream', async () => {
    getCustomer.mockResolvedValueOnce(null);
    const { status, body } = await answer(post({ checkoutSession: validSession() }));
    expect([status, body.error]).toEqual([
      401,
      { code: 'unauthenticated', message: 'Please sign in to continue to checkout.' },
    ]);
    expect(standIn.apiRequests()).toEqual([]);
  });

  it('asks authorize with the validated input and the customer; a refusal is 403 forbidden', async () => {
    const authorize = vi.fn(
      (input: { type: string; priceId?: string }) =>
        input.type === 'product' && input.priceId !== 'price_stand_in_pro_monthly',
    );
    const guarded = handlerFor(standIn, { getCustomer, authorize });
    expect((await answer(post({ checkoutSession: validSession() }), guarded)).status).toBe(200);
    expect(authorize).toHaveBeenCalledWith(
      { ...validSession(), successUrl: `${SHOP}/thanks`, cancelUrl: `${SHOP}/cart` },
      SERVER_SHOPPER,
    );
    const refused = await answer(
      post({ checkoutSession: validSession({ priceId: 'price_stand_in_pro_monthly' }) }),
      guarded,
    );
    expect([refused.status, refused.body.error?.code]).toEqual([403, 'forbidden']);
  });

  it('answers 500 internal_error when getCustomer or authorize throws, telling onError and not the shopper', async () => {
    const onError = vi.fn();
    const secretFailure = new Error('database password is hunter2');
    const broken = handlerFor(standIn, {
      getCustomer: () => {
        throw secretFailure;
      },
      onError,
    });
    const first = await answer(post({ checkoutSession: validSession() }), broken);
    expect([first.status, first.body.error?.code]).toEqual([500, 'internal_error']);
    expect(first.text).not.toContain('hunter2');
    expect(onError).toHaveBeenCalledWith(
      secretFailure,
      expect.objectContaining({ stage: 'get_customer', status: 500 }),
    );

    const badShape = handlerFor(standIn, {
      getCustomer: () => ({ externalId: '', email: 'a@example.com' }),
      authorize: () => Promise.reject(new Error('nope')),
      onError: () => {
        throw new Error('a logger that throws changes nothing');
      },
    });
    expect((await answer(post({ checkoutSession: validSession() }), badShape)).status).toBe(500);
  });
});
