import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  customerMissing,
  FAKE_KEY,
  type FakeAnswer,
  sessionAnswer,
  startFakeFlowglad,
} from './fake-flowglad';
import { handlerFor, post, read, SERVER_CUSTOMER, SHOP, validSession } from './helpers';

const TIMEOUT_MS = 300;
const CREATE = 'POST /api/v1/checkout-sessions';
type Fake = Awaited<ReturnType<typeof startFakeFlowglad>>;
const fakes: Fake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

/** A fake Flowglad answering each request as `script` says, and a handler calling it. */
async function routeTo(script: (fake: Fake, path: string, index: number) => FakeAnswer, extra = {}) {
  const onError = vi.fn();
  const fake: Fake = await startFakeFlowglad((request, index) => script(fake, request.path, index));
  fakes.push(fake);
  const handler = handlerFor(fake, { timeoutMs: TIMEOUT_MS, onError, ...extra });
  return { fake, onError, handler };
}

/** Checks out, failing the test if no answer comes within the deadline and a second. */
async function checkoutWithin(
  handler: (request: Request) => Promise<Response>,
  request = post({ checkoutSession: validSession() }),
) {
  const started = performance.now();
  const late = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS + 1000} ms`)), TIMEOUT_MS + 1000),
  );
  const answer = await read(await Promise.race([handler(request), late]));
  expect(answer.text).not.toContain(FAKE_KEY);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  return { ...answer, ms: performance.now() - started };
}

describe('one deadline for the whole exchange with Flowglad', () => {
  it('headers sent, then the body stalls: 504 upstream_timeout within timeoutMs, reported to onError', async () => {
    const { fake, handler, onError } = await routeTo(() => (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"checkoutSession": {"id": "chckt_session_1", ');
    });
    const answer = await checkoutWithin(handler);
    expect([answer.status, answer.body.error?.code]).toEqual([504, 'upstream_timeout']);
    expect(onError).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ stage: 'create_session', status: 504 }),
    );
    await vi.waitFor(() => expect(fake.openAnswers()).toBe(0)); // the stalled answer's connection was dropped
  });

  it('an error answer whose body stalls: still 504, not 502', async () => {
    const { handler } = await routeTo(() => (res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.write('{"error": "Internal');
    });
    expect((await checkoutWithin(handler)).status).toBe(504);
  });

  it('spans every call: a new customer’s three slow calls share one timeoutMs', async () => {
    const slow =
      (answer: FakeAnswer): FakeAnswer =>
      (res, request) => {
        setTimeout(() => {
          if (typeof answer === 'function') return answer(res, request);
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer.json));
        }, 120);
      };
    const { handler, fake } = await routeTo((self, path) => {
      if (path === '/api/v1/customers') return slow({ status: 200, json: { data: {} } });
      if (self.requests.length > 2) return slow({ status: 200, json: sessionAnswer(self.url) });
      return slow(customerMissing(500));
    });
    const answer = await checkoutWithin(handler);
    expect(answer.status).toBe(504);
    expect(fake.paths().length).toBeLessThan(4);
  });

  it('getCustomer or authorize that never settles: 500 within timeoutMs, onError says which', async () => {
    const never = () => new Promise<never>(() => {});
    for (const options of [{ getCustomer: never }, { authorize: never }]) {
      const { handler, onError, fake } = await routeTo(() => ({ status: 200, json: {} }), options);
      const answer = await checkoutWithin(handler);
      expect([answer.status, answer.body.error?.code]).toEqual([500, 'internal_error']);
      const [error, context] = onError.mock.calls[0] ?? [];
      expect(String(error)).toMatch(/(getCustomer|authorize) did not settle within timeoutMs/);
      expect(context.stage).toBe('getCustomer' in options ? 'get_customer' : 'authorize');
      expect(fake.requests).toEqual([]);
    }
  });

  it('a shopper who goes away cancels the work: the call in flight is aborted, nothing else is created', async () => {
    let aborted = false;
    const { handler, fake, onError } = await routeTo(() => (res) => {
      res.on('close', () => {
        aborted = !res.writableFinished;
      });
      setTimeout(() => {
        if (!res.destroyed) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify(customerMissing(500).json));
        }
      }, 150);
    });
    const shopper = new AbortController();
    const request = new Request(`${SHOP}/api/checkout-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: SHOP },
      body: JSON.stringify({ checkoutSession: validSession() }),
      signal: shopper.signal,
    });
    const pending = handler(request);
    await vi.waitFor(() => expect(fake.requests.length).toBe(1));
    shopper.abort();
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(fake.paths()).toEqual([CREATE]);
    expect(aborted).toBe(true);
    expect(onError).not.toHaveBeenCalled(); // nobody to tell: the shopper left
  });
});

describe('a 200 from Flowglad is checked before the browser may go anywhere', () => {
  const origin = 'http://127.0.0.1:1';
  it.each([
    {
      name: 'a javascript: url',
      body: (url: string) => sessionAnswer(url, { url: 'javascript:alert(document.cookie)' }),
    },
    {
      name: 'a url on another site',
      body: (url: string) => sessionAnswer(url, { url: 'https://evil.test/checkout/chckt_session_fake' }),
    },
    {
      name: 'a url on another port of the same host',
      body: (url: string) => sessionAnswer(url, { url: `${origin}/checkout/x` }),
    },
    {
      name: 'a url with credentials',
      body: (url: string) => sessionAnswer(url, { url: url.replace('http://', 'http://user:pw@') }),
    },
    { name: 'no url', body: (url: string) => ({ checkoutSession: sessionAnswer(url).checkoutSession }) },
    {
      name: 'a session without a string id',
      body: (url: string) => ({ ...sessionAnswer(url), checkoutSession: { id: 42 } }),
    },
    { name: 'no session', body: (url: string) => ({ url: sessionAnswer(url).url }) },
    { name: 'a JSON array', body: () => [] },
  ])('$name: 502 upstream_error, the answer to onError', async ({ body }) => {
    const { handler, onError } = await routeTo((self) => ({ status: 200, json: body(self.url) }), {});
    const answer = await checkoutWithin(handler);
    expect([answer.status, answer.body.error?.code, answer.body.url]).toEqual([
      502,
      'upstream_error',
      undefined,
    ]);
    const [error, context] = onError.mock.calls[0] ?? [];
    expect(String(error)).toMatch(/Flowglad's answer to a created checkout session was refused/);
    expect(context).toMatchObject({ stage: 'create_session', status: 502 });
  });

  it('a text 200: 502', async () => {
    const { handler } = await routeTo(() => ({ status: 200, text: 'OK' }));
    expect((await checkoutWithin(handler)).status).toBe(502);
  });

  it('a url on Flowglad’s own (loopback) origin passes, as Flowglad sent it', async () => {
    const { handler } = await routeTo((self) => ({ status: 200, json: sessionAnswer(self.url) }), {});
    const answer = await checkoutWithin(handler);
    expect([answer.status, answer.body.url]).toEqual([200, `${fakes[0]?.url}/checkout/chckt_session_fake`]);
  });
});

describe('nothing from Flowglad carries the key or grows without bound', () => {
  it('a session echoing the secret key: the key is scrubbed from the 200', async () => {
    const { handler } = await routeTo(
      (self) => ({
        status: 200,
        json: sessionAnswer(self.url, {
          checkoutSession: {
            ...sessionAnswer(self.url).checkoutSession,
            outputName: `bought with ${FAKE_KEY}`,
            [FAKE_KEY]: FAKE_KEY,
          },
        }),
      }),
      {},
    );
    const answer = await checkoutWithin(handler);
    expect(answer.status).toBe(200);
    expect((answer.body.checkoutSession as { outputName: string }).outputName).toBe('bought with [redacted]');
  });

  it.each([
    {
      name: 'zod issues',
      status: 400,
      error: [{ path: ['checkoutSession', FAKE_KEY], message: `key ${FAKE_KEY} is wrong` }],
      expected: 400,
    },
    {
      name: 'a business refusal',
      status: 500,
      error: `Invalid priceId: Invalid or not-found price ID: no matching price found for id "${FAKE_KEY}"`,
      expected: 400,
    },
    { name: 'a crash message', status: 500, error: `Internal error near ${FAKE_KEY}`, expected: 502 },
  ])(
    '$name echoing the key (Flowglad answering $status): the key nowhere in the answer',
    async ({ status, error, expected }) => {
      const { handler, onError } = await routeTo(() => ({
        status,
        json: { error, code: 'X', request_id: 'abcdef12' },
      }));
      const answer = await checkoutWithin(handler); // checks the key is absent
      expect(answer.status).toBe(expected);
      if (Array.isArray(error))
        expect(answer.body.error?.issues).toEqual([
          { path: ['[redacted]'], message: 'key [redacted] is wrong' },
        ]);
      expect(onError).toHaveBeenCalledTimes(1);
    },
  );

  it('5,000 issues, some with 10,000-character messages: 20 relayed, 500 characters at most', async () => {
    const issues = Array.from({ length: 5000 }, (_, i) => ({
      path: ['checkoutSession', `f${i}`],
      message: 'x'.repeat(i < 20 ? 10_000 : 10),
    }));
    const { handler } = await routeTo(() => ({
      status: 400,
      json: { error: issues, code: 'BAD_REQUEST', request_id: 'abcdef12' },
    }));
    const answer = await checkoutWithin(handler);
    expect([answer.status, answer.body.error?.code]).toEqual([400, 'checkout_rejected']);
    expect(answer.body.error?.issues).toHaveLength(20);
    expect(answer.body.error?.issues?.[0]).toEqual({ path: ['f0'], message: 'x'.repeat(500) });
  });

  it('a 30 MB answer: read no further than 1 MiB, 502', async () => {
    let sent = 0;
    const { handler, onError } = await routeTo(() => (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 32);
      const pump = () => {
        while (sent < 30 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        if (!res.destroyed) res.end('{}');
      };
      pump();
    });
    const answer = await checkoutWithin(handler);
    expect([answer.status, answer.body.error?.code]).toEqual([502, 'upstream_error']);
    expect(String(onError.mock.calls[0]?.[0]?.message ?? onError.mock.calls[0]?.[0])).toMatch(
      /larger than 1048576 bytes/,
    );
    expect(sent).toBeLessThan(20 * 1024 * 1024);
  });

  it('a 30 MB Content-Length: refused before reading', async () => {
    const { handler } = await routeTo(() => (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(30 * 1024 * 1024) });
      res.write('{');
    });
    const answer = await checkoutWithin(handler);
    expect(answer.status).toBe(502);
  });

  it('a 307 to another origin: not followed (neither key nor body goes there), 502', async () => {
    const elsewhere = await startFakeFlowglad(() => ({ status: 200, json: {} }));
    fakes.push(elsewhere);
    const { handler } = await routeTo(() => ({
      status: 307,
      json: {},
      headers: { location: `${elsewhere.url}/api/v1/checkout-sessions` },
    }));
    const answer = await checkoutWithin(handler);
    expect([answer.status, answer.body.error?.code]).toEqual([502, 'upstream_error']);
    expect(elsewhere.requests).toEqual([]);
  });

  it('the customer create is held to the same rules (a 500 there is 502; the key is the server’s customer only)', async () => {
    const { handler, fake } = await routeTo((_, path) =>
      path === '/api/v1/customers'
        ? { status: 500, json: { error: 'Internal server error' } }
        : customerMissing(500),
    );
    const answer = await checkoutWithin(handler);
    expect(answer.status).toBe(502);
    expect(JSON.parse(fake.requests[1]?.body ?? '{}').customer.externalId).toBe(SERVER_CUSTOMER);
  });
});
