import { delay, HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CheckoutError, type CheckoutErrorCode, createCheckoutSession } from '../../src/index';
import { okBody, ROUTE, requests, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';

serveWithMsw();

// Failed checkouts log a development warning each: collected here, checked in the dev-warning tests.
expectCheckoutWarnings();

const answer = (resolver: Parameters<typeof http.post>[1]) => server.use(http.post(ROUTE, resolver));
const fail = (options?: Parameters<typeof createCheckoutSession>[1]) =>
  createCheckoutSession({ priceId: 'price_1' }, options).then(
    () => expect.unreachable('expected a CheckoutError'),
    (error: CheckoutError) => error,
  );
const html = '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>x()</script></body></html>';

describe('every answer becomes a result or a coded CheckoutError', () => {
  it('200 {checkoutSession, url} → the result', async () => {
    answer(() => HttpResponse.json(okBody()));
    await expect(createCheckoutSession({ priceId: 'price_1' })).resolves.toEqual(okBody());
  });

  it('200 {url} alone → the result without a session', async () => {
    answer(() => HttpResponse.json({ url: 'https://app.flowglad.com/checkout/x' }));
    await expect(createCheckoutSession({ priceId: 'price_1' })).resolves.toEqual({
      url: 'https://app.flowglad.com/checkout/x',
    });
  });

  const failures: {
    name: string;
    resolver: Parameters<typeof http.post>[1];
    code: CheckoutErrorCode;
    status: number | undefined;
    message: string;
  }[] = [
    {
      name: "this library's own error body, with issues",
      resolver: () =>
        HttpResponse.json(
          {
            error: {
              code: 'invalid_input',
              message: 'quantity must be at least 1',
              issues: [{ path: ['quantity'], message: 'quantity must be at least 1' }],
            },
          },
          { status: 400 },
        ),
      code: 'http',
      status: 400,
      message: 'quantity must be at least 1',
    },
    {
      name: "Flowglad's raw business-rule body",
      resolver: () =>
        HttpResponse.json(
          { error: 'Invalid priceId: price_1', code: 'BAD_REQUEST', request_id: 'r' },
          { status: 400 },
        ),
      code: 'http',
      status: 400,
      message: 'Invalid priceId: price_1',
    },
    {
      name: "Flowglad's raw schema-issue body",
      resolver: () =>
        HttpResponse.json(
          { error: [{ code: 'too_small', path: ['quantity'], message: 'Too small' }], code: 'BAD_REQUEST' },
          { status: 400 },
        ),
      code: 'http',
      status: 400,
      message: 'Too small',
    },
    {
      name: 'a plain-text 401',
      resolver: () => new HttpResponse('API key invalid. Please check…', { status: 401 }),
      code: 'http',
      status: 401,
      message: 'API key invalid',
    },
    {
      name: 'an HTML error page',
      resolver: () => new HttpResponse(html, { status: 502, headers: { 'content-type': 'text/html' } }),
      code: 'http',
      status: 502,
      message: 'HTML page',
    },
    {
      name: 'an empty error body',
      resolver: () => new HttpResponse(null, { status: 404 }),
      code: 'http',
      status: 404,
      message: 'empty body',
    },
    {
      name: 'a JSON error with only a message',
      resolver: () => HttpResponse.json({ message: 'Sign in first' }, { status: 401 }),
      code: 'http',
      status: 401,
      message: 'Sign in first',
    },
    {
      name: '200 with an HTML page',
      resolver: () => new HttpResponse(html, { headers: { 'content-type': 'text/html' } }),
      code: 'invalid_response',
      status: 200,
      message: 'without a JSON "url"',
    },
    {
      name: '200 JSON without url',
      resolver: () => HttpResponse.json({ checkoutSession: { id: 'x' } }),
      code: 'invalid_response',
      status: 200,
      message: 'without a JSON "url"',
    },
    {
      name: '200 with a non-string url',
      resolver: () => HttpResponse.json({ url: 42 }),
      code: 'invalid_response',
      status: 200,
      message: 'without a JSON "url"',
    },
    {
      name: '200 with invalid JSON',
      resolver: () =>
        new HttpResponse('{"url": "https://app.', { headers: { 'content-type': 'application/json' } }),
      code: 'invalid_response',
      status: 200,
      message: 'without a JSON "url"',
    },
    {
      name: '200 with an empty body',
      resolver: () => new HttpResponse(null, { status: 200 }),
      code: 'invalid_response',
      status: 200,
      message: 'without a JSON "url"',
    },
    {
      name: 'a network failure',
      resolver: () => HttpResponse.error(),
      code: 'network',
      status: undefined,
      message: 'Could not reach the checkout route',
    },
  ];

  it.each(failures)('$name', async ({ resolver, code, status, message }) => {
    answer(resolver);
    const error = await fail();
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('<script>');
  });

  it('keeps issues from both error shapes', async () => {
    answer(() =>
      HttpResponse.json(
        { error: [{ path: ['checkoutSession', 'quantity'], message: 'Too small' }], code: 'BAD_REQUEST' },
        { status: 400 },
      ),
    );
    expect((await fail()).issues).toEqual([{ path: ['checkoutSession', 'quantity'], message: 'Too small' }]);
  });

  it('times out after timeoutMs', async () => {
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json(okBody());
    });
    const error = await fail({ timeoutMs: 30 });
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('30 ms');
  });

  it('is cancelled by its AbortSignal, and the request is aborted', async () => {
    let aborted: Promise<unknown> = Promise.resolve();
    answer(async ({ request }) => {
      aborted = new Promise((resolve) => request.signal.addEventListener('abort', resolve));
      await delay('infinite');
      return HttpResponse.json(okBody());
    });
    const controller = new AbortController();
    const pending = fail({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect((await pending).code).toBe('aborted');
    await aborted;
  });

  it('sends nothing with an already aborted signal', async () => {
    answer(() => HttpResponse.json(okBody()));
    const error = await fail({ signal: AbortSignal.abort() });
    expect(error.code).toBe('aborted');
    expect(requests).toHaveLength(0);
  });
});

describe('the redirect rule', () => {
  const refused = [
    'javascript:alert(document.cookie)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/checkout',
    '/checkout/chckt_session_1',
    'http://app.flowglad.com/checkout/x',
    'https://evil.example/checkout/x',
    'https://app.flowglad.com.evil.example/x',
    'https://app.flowglad.com@evil.example/x',
    'https://user:pass@app.flowglad.com/checkout/x',
    'http://shop.test/x',
    'https:// app.flowglad.com',
    'not a url',
  ];
  it.each(refused)('refuses %j with unsafe_redirect', async (url) => {
    answer(() => HttpResponse.json({ url }));
    const error = await fail();
    expect(error.code).toBe('unsafe_redirect');
    expect(error.message).toContain('allowedRedirectOrigins');
  });

  it.each([
    {
      url: 'https://app.flowglad.com/checkout/chckt_session_1',
      normalised: 'https://app.flowglad.com/checkout/chckt_session_1',
    },
    { url: 'https://APP.flowglad.com:443/checkout/x', normalised: 'https://app.flowglad.com/checkout/x' },
    { url: 'https://shop.test/own-checkout', normalised: 'https://shop.test/own-checkout' },
  ])('allows $url (the page is https, so its origin is allowed too)', async ({ url, normalised }) => {
    answer(() => HttpResponse.json({ url }));
    expect((await createCheckoutSession({ priceId: 'p' })).url).toBe(normalised);
  });

  it('allows another http origin only when listed explicitly, and the list replaces the defaults', async () => {
    const standIn = 'http://stand-in.test:4010/checkout/x';
    answer(() => HttpResponse.json({ url: standIn }));
    expect((await fail()).code).toBe('unsafe_redirect');
    const allowedRedirectOrigins = ['http://stand-in.test:4010'];
    expect((await createCheckoutSession({ priceId: 'p' }, { allowedRedirectOrigins })).url).toBe(standIn);
    answer(() => HttpResponse.json(okBody()));
    expect((await fail({ allowedRedirectOrigins })).code).toBe('unsafe_redirect');
  });
});

describe('a local stand-in (http on this machine)', () => {
  afterEach(() => vi.unstubAllEnvs());

  const loopback = [
    'http://localhost:4010/checkout/x',
    'http://127.0.0.1:51234/checkout/x',
    'http://[::1]:8080/checkout/x',
    'http://localhost/checkout/x',
  ];

  it.each(loopback)('is allowed in development builds with no configuration: %s', async (url) => {
    expect(process.env.NODE_ENV).not.toBe('production');
    answer(() => HttpResponse.json({ url }));
    expect((await createCheckoutSession({ priceId: 'p' })).url).toBe(url);
  });

  it.each(loopback)('is refused in production builds (unsafe_redirect): %s', async (url) => {
    vi.stubEnv('NODE_ENV', 'production');
    answer(() => HttpResponse.json({ url }));
    expect((await fail()).code).toBe('unsafe_redirect');
  });

  it.each([
    'http://localhost.evil.test/checkout/x',
    'http://127.0.0.2/checkout/x',
    'http://user:pass@localhost:4010/checkout/x',
    'ftp://localhost/checkout/x',
    'http://0.0.0.0:4010/checkout/x',
  ])('other hosts and shapes stay refused in development: %s', async (url) => {
    answer(() => HttpResponse.json({ url }));
    expect((await fail()).code).toBe('unsafe_redirect');
  });
});
