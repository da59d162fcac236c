import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { type CheckoutConfig, type CheckoutError, createCheckoutSession } from '../../src/index';
import { ROUTE, requests, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';

serveWithMsw();

// Failed checkouts log a development warning each: collected here, checked in the dev-warning tests.
expectCheckoutWarnings();

/** Fails when `promise` has not settled within `ms`: a hang must fail the test, not stall the run. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);

/** The call's error, which must come within the deadline plus a generous second. */
const attempt = (config: CheckoutConfig, bound = (config.timeoutMs ?? 0) + 1000) =>
  within(
    createCheckoutSession({ priceId: 'price_1' }, config).then(
      () => expect.unreachable('expected a CheckoutError'),
      (error: CheckoutError) => error,
    ),
    bound,
  );

/** A response whose body starts, then never ends. */
const stalledBody = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"url":"https://app.flowglad.com/checkout/'));
    },
  });

const never = () => new Promise<never>(() => {});

describe('timeoutMs bounds the whole call, whatever ignores the abort signal', () => {
  it.each([
    { name: 'a headers() function that never settles', config: { headers: never } },
    { name: 'a custom fetch that ignores the signal', config: { fetch: never } },
    {
      name: 'a body that never ends, from a fetch that ignores the signal',
      config: { fetch: async () => new Response(stalledBody(), { status: 200 }) },
    },
  ])('$name → timeout', async ({ config }) => {
    server.use(http.post(ROUTE, () => new HttpResponse(stalledBody())));
    const error = await attempt({ ...config, timeoutMs: 50 });
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('50 ms');
    expect(requests).toHaveLength(0);
  });

  it('a body from the route that never ends → timeout', async () => {
    server.use(http.post(ROUTE, () => new HttpResponse(stalledBody())));
    expect((await attempt({ timeoutMs: 50 })).code).toBe('timeout');
  });

  it("the caller's signal also ends a call stuck in headers()", async () => {
    const controller = new AbortController();
    const pending = attempt({ headers: never, signal: controller.signal, timeoutMs: 60_000 }, 1000);
    setTimeout(() => controller.abort(), 10);
    expect((await pending).code).toBe('aborted');
  });

  it('a late headers() after the deadline sends nothing', async () => {
    let resolveHeaders = (_: HeadersInit) => {};
    const headers = () =>
      new Promise<HeadersInit>((resolve) => {
        resolveHeaders = resolve;
      });
    expect((await attempt({ headers, timeoutMs: 30 })).code).toBe('timeout');
    resolveHeaders({ 'x-late': '1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(0);
  });
});

describe('timeoutMs must be usable', () => {
  it.each([
    { name: 'zero', timeoutMs: 0 },
    { name: 'negative', timeoutMs: -5 },
    { name: 'NaN', timeoutMs: Number.NaN },
    { name: 'above 2147483647 (setTimeout would fire at once)', timeoutMs: 2 ** 31 },
    { name: 'Infinity', timeoutMs: Number.POSITIVE_INFINITY },
  ])('$name is refused with invalid_input, nothing sent', async ({ timeoutMs }) => {
    server.use(http.post(ROUTE, () => HttpResponse.json({ url: 'https://app.flowglad.com/checkout/x' })));
    const error = await attempt({ timeoutMs });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('timeoutMs must be a number of milliseconds from 1 to 2147483647');
    expect(error.message).toContain('Nothing was sent');
    expect(requests).toHaveLength(0);
  });

  it('2147483647 itself is accepted', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json({ url: 'https://app.flowglad.com/checkout/x' })));
    const result = await createCheckoutSession({ priceId: 'p' }, { timeoutMs: 2_147_483_647 });
    expect(result.url).toBe('https://app.flowglad.com/checkout/x');
  });
});
