import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckoutSessionHandler } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { post, read, SERVER_SHOPPER, validSession } from './helpers';

const standIn = await startFlowgladStandIn({ customers: [SERVER_SHOPPER] });
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** A handler with no appOrigins and no FLOWGLAD_APP_ORIGINS. */
const withoutOrigins = () =>
  createCheckoutSessionHandler({
    apiKey: standIn.apiKey,
    baseUrl: standIn.url,
    getCustomer: () => SERVER_SHOPPER,
    onError: () => {},
  });
/** A checkout from a page on `origin` to the route on the same origin (its Host), returning there. */
const checkoutOn = (origin: string, headers: Record<string, string> = { origin }) =>
  post(
    { checkoutSession: validSession({ successUrl: `${origin}/thanks`, cancelUrl: `${origin}/cart` }) },
    headers,
    `${origin}/api/checkout-sessions`,
  );
const warnings = () => vi.mocked(console.warn).mock.calls.map(([message]) => String(message));

describe('without appOrigins, only this machine is served, whatever NODE_ENV says', () => {
  it.each(['', 'staging', 'Production', 'prod', 'development', 'test'])(
    'NODE_ENV=%j: a request to a public host is refused 403, a forged Host never decides where shoppers return',
    async (nodeEnv) => {
      vi.stubEnv('NODE_ENV', nodeEnv);
      vi.stubEnv('FLOWGLAD_APP_ORIGINS', '');
      const handler = withoutOrigins();
      for (const request of [
        checkoutOn('https://shop.example'),
        checkoutOn('https://evil.example', {}), // curl with a forged Host, no Origin
        checkoutOn('http://192.168.1.20:3000'),
      ]) {
        const answer = await read(await handler(request));
        expect([answer.status, answer.body.error?.code]).toEqual([403, 'forbidden_origin']);
      }
      expect(standIn.apiRequests()).toEqual([]);
    },
  );

  it.each(['http://127.0.0.1:5173', 'http://localhost:3000', 'http://[::1]:8080'])(
    'a page on %s, this machine, checks out',
    async (origin) => {
      vi.stubEnv('FLOWGLAD_APP_ORIGINS', '');
      const answer = await read(await withoutOrigins()(checkoutOn(origin)));
      expect(answer.status).toBe(200);
    },
  );

  it('says, once per origin and outside production, what to set', async () => {
    vi.stubEnv('NODE_ENV', 'staging');
    vi.stubEnv('FLOWGLAD_APP_ORIGINS', '');
    const handler = withoutOrigins();
    warnings().length = 0;
    vi.mocked(console.warn).mockClear();
    await handler(checkoutOn('https://shop.example'));
    await handler(checkoutOn('https://shop.example'));
    expect(warnings()).toEqual([
      expect.stringMatching(
        /refused a request to https:\/\/shop\.example \(403 forbidden_origin\): no appOrigins \(or FLOWGLAD_APP_ORIGINS\) is set, so only this machine .* is served\. Set appOrigins: \['https:\/\/shop\.example'\]/,
      ),
    ]);
  });

  it('FLOWGLAD_APP_ORIGINS that leaves no origin (",") is refused at construction', () => {
    for (const value of [',', ' , ,']) {
      vi.stubEnv('FLOWGLAD_APP_ORIGINS', value);
      expect(withoutOrigins).toThrow(/FLOWGLAD_APP_ORIGINS holds no origin/);
    }
  });
});

describe('a 403 forbidden_origin tells the developer which origin came and which are allowed', () => {
  const handlerFor = () =>
    createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      appOrigins: ['https://shop.test', 'https://www.shop.test'],
      getCustomer: () => SERVER_SHOPPER,
      onError: () => {},
    });

  it('in development: once per origin, naming both', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const handler = handlerFor();
    vi.mocked(console.warn).mockClear();
    for (const origin of ['http://localhost:5173', 'http://localhost:5173', 'https://evil.test']) {
      const answer = await read(await handler(post({ checkoutSession: validSession() }, { origin })));
      expect(answer.status).toBe(403);
    }
    await handler(
      new Request('https://shop.test/api/checkout-sessions', { headers: { origin: 'https://evil.test' } }),
    );
    expect(warnings()).toEqual([
      expect.stringMatching(
        /refused a request from http:\/\/localhost:5173 \(403 forbidden_origin\): the allowed origins are https:\/\/shop\.test, https:\/\/www\.shop\.test\. .*appOrigins/,
      ),
      expect.stringMatching(/refused a request from https:\/\/evil\.test \(403 forbidden_origin\)/),
    ]);
  });

  it('in production: nothing is logged (the origins a stranger sends are not news)', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const handler = handlerFor();
    vi.mocked(console.warn).mockClear();
    await handler(post({ checkoutSession: validSession() }, { origin: 'https://evil.test' }));
    expect(console.warn).not.toHaveBeenCalled();
  });
});
