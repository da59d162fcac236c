import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckoutSessionHandler } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { handlerFor, post, read, SERVER_SHOPPER, SHOP, validSession } from './helpers';

const standIn = await startFlowgladStandIn({ customers: [SERVER_SHOPPER] });
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const getCustomer = () => SERVER_SHOPPER;
const base = { apiKey: 'sk_test_local-options', getCustomer, appOrigins: [SHOP] };
const construct = (options: Record<string, unknown>) => () => createCheckoutSessionHandler(options as never);

describe('createCheckoutSessionHandler refuses broken options at construction, saying what to pass', () => {
  it('no key: set FLOWGLAD_SECRET_KEY; no getCustomer: getCustomer(request)', () => {
    vi.stubEnv('FLOWGLAD_SECRET_KEY', '');
    expect(construct({ getCustomer, appOrigins: [SHOP] })).toThrow(/FLOWGLAD_SECRET_KEY/);
    expect(construct({ apiKey: 'k' })).toThrow(/getCustomer\(request\)/);
  });

  it('the old allowedRedirectOrigins: rename it appOrigins; customerCacheSize: remove it; an unknown option: the known ones', () => {
    expect(construct({ ...base, allowedRedirectOrigins: [SHOP] })).toThrow(
      /allowedRedirectOrigins was renamed appOrigins/,
    );
    expect(construct({ ...base, customerCacheSize: Number.NaN })).toThrow(
      /customerCacheSize is gone.*Remove the option/,
    );
    expect(construct({ ...base, customerCacheSize: Number.POSITIVE_INFINITY })).toThrow(/customerCacheSize/);
    expect(construct({ ...base, timeout: 5 })).toThrow(
      /unknown option "timeout"\. Known options: apiKey, baseUrl/,
    );
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2_147_483_648, '100', 1500.5, 0.5])(
    'timeoutMs %s (a fraction too: @flowglad/node refuses every call with "timeout must be an integer")',
    (timeoutMs) => {
      expect(construct({ ...base, timeoutMs })).toThrow(
        /timeoutMs must be a whole number of milliseconds from 1 to 2147483647 \(e\.g\. 10000\)/,
      );
    },
  );

  it('accepts timeoutMs 2,147,483,647', () => {
    expect(construct({ ...base, timeoutMs: 2_147_483_647 })).not.toThrow();
  });

  it.each([
    { baseUrl: 'http://flowglad.example.com', message: /would send your secret key in clear/ },
    { baseUrl: 'http://10.0.0.5:4010', message: /would send your secret key in clear/ },
    { baseUrl: 'https://app.flowglad.com/api/v1', message: /origin alone/ },
    { baseUrl: 'app.flowglad.com', message: /origin alone/ },
  ])('baseUrl $baseUrl', ({ baseUrl, message }) => {
    expect(construct({ ...base, baseUrl })).toThrow(message);
  });

  it.each([
    'http://127.0.0.1:4010',
    'http://localhost:4010',
    'http://[::1]:4010',
    'https://flowglad.example.com/',
  ])('accepts baseUrl %s', (baseUrl) => {
    expect(construct({ ...base, baseUrl })).not.toThrow();
  });

  it('appOrigins that are not http(s) origins, or empty', () => {
    expect(construct({ ...base, appOrigins: ['shop.test'] })).toThrow(/appOrigins holds "shop.test"/);
    expect(construct({ ...base, appOrigins: [] })).toThrow(/appOrigins must be a non-empty array/);
    expect(construct({ ...base, appOrigins: 'https://shop.test' })).toThrow(
      /appOrigins must be a non-empty array/,
    );
  });

  it('guestCheckout, authorize and onError of the wrong type', () => {
    expect(construct({ ...base, guestCheckout: 'yes' })).toThrow(
      /guestCheckout must be true, false, \{ prices: \[…\] \} or a function/,
    );
    expect(construct({ ...base, authorize: true })).toThrow(/authorize must be a function/);
    expect(construct({ ...base, onError: console })).toThrow(/onError must be a function/);
  });
});

describe('the shop’s origins in production and in development', () => {
  it('production without appOrigins or FLOWGLAD_APP_ORIGINS: refuses to start, naming both', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(construct({ apiKey: 'k', getCustomer })).toThrow(
      /needs your shop's public origin\(s\) in production: pass appOrigins: \['https:\/\/shop.example.com'\] or set FLOWGLAD_APP_ORIGINS/,
    );
  });

  it('production with FLOWGLAD_APP_ORIGINS: uses them for the Origin check and the return URLs', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('FLOWGLAD_APP_ORIGINS', `${SHOP}, https://www.shop.test`);
    const handler = createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      getCustomer,
    });
    const fromWww = post(
      { checkoutSession: validSession({ successUrl: 'https://www.shop.test/thanks' }) },
      { origin: 'https://www.shop.test' },
    );
    expect((await read(await handler(fromWww))).status).toBe(200);
    const offSite = post({ checkoutSession: validSession({ successUrl: 'https://evil.test/' }) });
    expect((await read(await handler(offSite))).body.error?.code).toBe('redirect_not_allowed');
  });

  it('development without appOrigins: warns once, at construction, and trusts the request’s own origin', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handler = createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      getCustomer,
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/no appOrigins \(or FLOWGLAD_APP_ORIGINS\) set/);
    const own = 'http://127.0.0.1:5173';
    const session = validSession({ successUrl: `${own}/thanks`, cancelUrl: `${own}/cart` });
    const answer = await read(
      await handler(post({ checkoutSession: session }, { origin: own }, `${own}/api/checkout-sessions`)),
    );
    expect(answer.status).toBe(200);
    await handler(post({ checkoutSession: session }, { origin: own }, `${own}/api/checkout-sessions`));
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('errors reach the developer', () => {
  const failing = () => {
    throw new Error('session store down');
  };

  it('without onError, outside production: each error is logged with console.error, with the error itself', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = handlerFor(standIn, { getCustomer: failing, onError: undefined });
    expect((await read(await handler(post({ checkoutSession: validSession() })))).status).toBe(500);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(
      /get_customer failed, the shopper was answered 500 internal_error/,
    );
    expect(log.mock.calls[0]?.[1]).toEqual(new Error('session store down'));
    standIn.failNext(500);
    const upstream = handlerFor(standIn, { onError: undefined });
    expect((await read(await upstream(post({ checkoutSession: validSession() })))).status).toBe(502);
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[1]?.[1]).toMatchObject({ status: 500 });
  });

  it('without onError in production: nothing is logged; with onError: only onError hears it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    await handlerFor(standIn, { getCustomer: failing, onError: undefined })(
      post({ checkoutSession: validSession() }),
    );
    vi.stubEnv('NODE_ENV', 'development');
    const onError = vi.fn();
    await handlerFor(standIn, { getCustomer: failing, onError })(post({ checkoutSession: validSession() }));
    expect(log).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('refusals that are the shopper’s (401, 400 input) are not errors: nothing is logged', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = handlerFor(standIn, { getCustomer: () => null, onError: undefined });
    expect((await read(await handler(post({ checkoutSession: validSession() })))).status).toBe(401);
    expect((await read(await handler(post({ checkoutSession: validSession({ quantity: 0 }) })))).status).toBe(
      400,
    );
    expect(log).not.toHaveBeenCalled();
  });
});
