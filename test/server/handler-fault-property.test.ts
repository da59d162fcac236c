import type { ServerResponse } from 'node:http';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  customerMissing,
  FAKE_KEY,
  type FakeAnswer,
  sessionAnswer,
  startFakeFlowglad,
} from './fake-flowglad';
import { handlerFor, ROUTE, read, SERVER_SHOPPER, SHOP, validSession } from './helpers';
import { body, headers, headersInit } from './hostile-requests';

const TIMEOUT_MS = 150;

/** What Flowglad does to one call: every way it can misbehave, and behaving. */
type Fault =
  | { kind: 'ok' }
  | { kind: 'url'; url: string }
  | { kind: 'shape'; json: unknown }
  | { kind: 'status'; status: number; error: unknown }
  | { kind: 'echo'; where: 'session' | 'issues' | 'message' }
  | { kind: 'stall'; after: 'nothing' | 'headers' | 'half a body' }
  | { kind: 'slow'; ms: number }
  | { kind: 'huge'; declared: boolean }
  | { kind: 'redirect' }
  | { kind: 'text' }
  | { kind: 'reset' };

const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'ok' as const }) },
  fc.record({
    kind: fc.constant('url' as const),
    url: fc.oneof(
      fc.constantFrom(
        'javascript:alert(1)',
        'https://evil.test/checkout/x',
        'http://127.0.0.1:1/checkout/x',
        'data:text/html,x',
        '/checkout/x',
        '',
      ),
      fc.webUrl(),
      fc.string(),
    ),
  }),
  fc.record({
    kind: fc.constant('shape' as const),
    json: fc.oneof(fc.jsonValue(), fc.record({ checkoutSession: fc.jsonValue(), url: fc.jsonValue() })),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 502, 503),
    error: fc.oneof(
      fc.constantFrom(
        customerMissing(500).json.error,
        'Invalid priceId: Invalid or not-found price ID: no matching price found for id "x"',
        'Invalid targetSubscriptionId: Target subscription s not found',
        'Internal server error',
        'Invalid checkoutSession: Checkout session has no customer email',
      ),
      fc.string(),
      fc.array(fc.record({ path: fc.array(fc.string()), message: fc.string() }), { maxLength: 40 }),
    ),
  }),
  fc.record({
    kind: fc.constant('echo' as const),
    where: fc.constantFrom('session' as const, 'issues' as const, 'message' as const),
  }),
  fc.record({
    kind: fc.constant('stall' as const),
    after: fc.constantFrom('nothing' as const, 'headers' as const, 'half a body' as const),
  }),
  fc.record({ kind: fc.constant('slow' as const), ms: fc.integer({ min: 0, max: TIMEOUT_MS * 2 }) }),
  fc.record({ kind: fc.constant('huge' as const), declared: fc.boolean() }),
  fc.constant({ kind: 'redirect' as const }),
  fc.constant({ kind: 'text' as const }),
  fc.constant({ kind: 'reset' as const }),
);

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};

/** How the fake answers one call under `fault`. */
function answer(fault: Fault, origin: string): FakeAnswer {
  const ok = sessionAnswer(origin);
  switch (fault.kind) {
    case 'ok':
      return { status: 200, json: ok };
    case 'url':
      return { status: 200, json: { ...ok, url: fault.url } };
    case 'shape':
      return { status: 200, json: fault.json };
    case 'status':
      return { status: fault.status, json: { error: fault.error, code: 'X', request_id: 'abcdef12' } };
    case 'echo':
      if (fault.where === 'session')
        return {
          status: 200,
          json: { ...ok, checkoutSession: { ...ok.checkoutSession, outputName: FAKE_KEY } },
        };
      if (fault.where === 'issues')
        return { status: 400, json: { error: [{ path: [FAKE_KEY], message: FAKE_KEY }] } };
      return { status: 500, json: { error: `Invalid priceSlug: Price with slug "${FAKE_KEY}" not found` } };
    case 'stall':
      return (res) => {
        if (fault.after === 'nothing') return;
        res.writeHead(200, { 'content-type': 'application/json' });
        if (fault.after === 'half a body') res.write('{"checkoutSession":');
      };
    case 'slow':
      return (res) => setTimeout(() => !res.destroyed && json(res, 200, ok), fault.ms);
    case 'huge':
      return (res) => {
        const size = 2 * 1024 * 1024;
        res.writeHead(200, {
          'content-type': 'application/json',
          ...(fault.declared && { 'content-length': String(size) }),
        });
        res.end(Buffer.alloc(size, 32));
      };
    case 'redirect':
      return { status: 307, json: {}, headers: { location: 'https://evil.test/api/v1/checkout-sessions' } };
    case 'text':
      return { status: 200, text: 'OK' };
    case 'reset':
      return (res) => res.socket?.destroy();
  }
}

// Each run scripts the fake's answers to the route's calls (a new customer's checkout makes up to three).
let script: Fault[] = [];
let firstCall = 0;
const fake = await startFakeFlowglad((_, index) =>
  answer(script[index - firstCall] ?? { kind: 'ok' }, fake.url),
);
afterAll(() => fake.close());
const handler = handlerFor(fake, { timeoutMs: TIMEOUT_MS });

/** A valid checkout: it reaches Flowglad and meets its faults. */
const validCheckout = fc
  .record({ quantity: fc.integer({ min: 1, max: 9 }), card: fc.boolean() })
  .map(({ quantity, card }) => ({
    text: JSON.stringify({
      checkoutSession: validSession(
        card ? { type: 'add_payment_method', priceId: undefined, quantity: undefined } : { quantity },
      ),
    }),
    sent: { 'content-type': 'application/json', origin: SHOP },
  }));
const hostileRequest = fc.record({ text: body, sent: headers });

/** Sends one request while Flowglad plays `faults`, and checks the guarantees; true when it was a 200. */
async function holds({ text, sent }: { text: string; sent: Record<string, string> }, faults: Fault[]) {
  script = faults;
  firstCall = fake.requests.length;
  const started = performance.now();
  const late = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('no answer within timeoutMs + 1 s')), TIMEOUT_MS + 1_000),
  );
  const request = new Request(ROUTE, { method: 'POST', headers: headersInit(sent), body: text });
  const answer = await read(await Promise.race([handler(request), late]));
  expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1_000);
  expect(answer.text + JSON.stringify([...answer.headers])).not.toContain(FAKE_KEY);
  expect(answer.headers.get('cache-control')).toBe('no-store');
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  if (answer.status !== 200) {
    expect(Object.keys(answer.body)).toEqual(['error']);
    return false;
  }
  const url = new URL(String(answer.body.url));
  expect([url.origin, url.username, url.password]).toEqual([fake.url, '', '']);
  expect((answer.body.checkoutSession as { id: unknown }).id).toEqual(expect.any(String));
  return true;
}

const faults = fc.array(fault, { minLength: 1, maxLength: 3 });

describe('the handler against every scripted Flowglad fault and hostile request (fast-check)', () => {
  it('valid checkouts: within timeoutMs + 1 s, never 200 with an unchecked url, never with the key', async () => {
    const before = fake.requests.length;
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(validCheckout, faults, async (request, script) => {
        if (await holds(request, script)) succeeded += 1;
      }),
      { numRuns: 150 },
    );
    // Every run reached Flowglad, and enough of them succeeded for the 200 checks to mean something.
    expect(fake.requests.length - before).toBeGreaterThanOrEqual(150);
    expect(succeeded).toBeGreaterThan(15);
  }, 60_000);

  it('hostile requests: the same guarantees', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, faults, async (request, script) => {
        await holds(request, script);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

/** How one of the app's callbacks behaves in a run: well, refusing, or every way an async function fails. */
type Behaviour = 'ok' | 'no' | 'throw' | 'reject' | 'reject-late' | 'never' | 'odd';
const behaviour = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Behaviour>('ok') },
  fc.constantFrom<Behaviour>('no', 'throw', 'reject', 'reject-late', 'never', 'odd'),
);
/** A callback that behaves as `how`, answering `ok` or `no` when it answers. */
function play<T>(how: Behaviour, ok: T, no: unknown): () => T | Promise<T> {
  const failure = () => new Error(`callback failed (${how})`);
  switch (how) {
    case 'ok':
      return () => ok;
    case 'no':
      return () => no as T;
    case 'throw':
      return () => {
        throw failure();
      };
    case 'reject':
      return () => Promise.reject(failure());
    case 'reject-late':
      return () => new Promise<T>((_, reject) => setTimeout(() => reject(failure()), TIMEOUT_MS + 50));
    case 'never':
      return () => new Promise<T>(() => {});
    case 'odd':
      return () => ({ ok: 'yes', externalId: 42 }) as T;
  }
}
/** A request path: the route's, or one trying to smuggle cookie attributes in. */
const path = fc.oneof(
  { weight: 3, arbitrary: fc.constant('/api/checkout-sessions') },
  fc.constantFrom(
    '/api/checkout-sessions/;Domain=evil.test',
    '/api/checkout-sessions;Path=/x;Secure',
    '/api/%3BDomain=evil.test',
    '/api/checkout-sessions/%0d%0aSet-Cookie:%20x=1',
  ),
  fc.webPath().map((value) => value || '/'),
);
/** What the browser sends as cookies: nothing, the plain name on https, doubled names, forged values. */
const cookie = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    'flowglad_checkout=chckt_session_fake.AAAA',
    '__Host-flowglad_checkout=.; __Host-flowglad_checkout=chckt_session_fake.x',
    '__Host-flowglad_checkout=chckt_session_fake; flowglad_checkout=chckt_session_fake.AAAA',
    `__Host-flowglad_checkout=${'a'.repeat(300)}.b`,
    '__Host-flowglad_checkout',
  ),
  fc.string().map((value) => `__Host-flowglad_checkout=${value}`),
);
const callbackRun = fc.record({
  method: fc.constantFrom('POST', 'GET'),
  path,
  cookie,
  getCustomer: behaviour,
  authorize: behaviour,
  rateLimit: behaviour,
  guestCheckout: behaviour,
  onError: fc.constantFrom<Behaviour>('ok', 'throw', 'reject', 'reject-late', 'never'),
});
const SET_COOKIE =
  /^__Host-flowglad_checkout=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+; Path=\/; Max-Age=1209600; HttpOnly; SameSite=Lax; Secure$/;

describe('the app’s callbacks failing every way, and cookie and path tricks (fast-check)', () => {
  it('every request is answered within timeoutMs + 1 s, nothing is left unhandled, the cookie’s attributes are fixed', async () => {
    const unhandled: unknown[] = [];
    const collect = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', collect);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    script = [];
    let cookiesSet = 0;
    try {
      await fc.assert(
        fc.asyncProperty(callbackRun, async (run) => {
          const handler = handlerFor(fake, {
            timeoutMs: TIMEOUT_MS,
            getCustomer: play(run.getCustomer, SERVER_SHOPPER, null),
            authorize: play(run.authorize, true, false),
            rateLimit: play(run.rateLimit, true, false),
            guestCheckout: play(run.guestCheckout, true, false),
            onError: play(run.onError, undefined, undefined),
          });
          const request = new Request(`${SHOP}${run.path}`, {
            method: run.method,
            headers: { 'content-type': 'application/json', origin: SHOP, cookie: run.cookie },
            ...(run.method === 'POST' && { body: JSON.stringify({ checkoutSession: validSession() }) }),
          });
          const late = new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('no answer within timeoutMs + 1 s')), TIMEOUT_MS + 1_000),
          );
          const answer = await read(await Promise.race([handler(request), late]));
          expect(answer.headers.get('cache-control')).toBe('no-store');
          expect(answer.text).not.toContain(FAKE_KEY);
          for (const line of answer.headers.getSetCookie()) {
            expect(line).toMatch(SET_COOKIE);
            cookiesSet += 1;
          }
          if (answer.status !== 200) expect(Object.keys(answer.body)).toEqual(['error']);
        }),
        { numRuns: 150 },
      );
      // Callbacks that reject after the deadline have had their time to do so.
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 2));
      expect(unhandled).toEqual([]);
      // Enough runs reached a session for the cookie checks to mean something.
      expect(cookiesSet).toBeGreaterThan(10);
    } finally {
      process.off('unhandledRejection', collect);
      warn.mockRestore();
    }
  }, 120_000);
});
