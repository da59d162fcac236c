import { connect } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckoutSessionHandler, getNodeRequest, toNodeHandler } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { read, SERVER_CUSTOMER, SERVER_SHOPPER, serve, validSession } from './helpers';

const standIn = await startFlowgladStandIn({ customers: [SERVER_SHOPPER] });
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());
// These handlers trust each request's own origin (no appOrigins: the development fallback, which warns once).
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const handler = createCheckoutSessionHandler({
  apiKey: standIn.apiKey,
  baseUrl: standIn.url,
  getCustomer: (request) => (request.headers.get('cookie') === 'session=ok' ? SERVER_SHOPPER : null),
  onError: () => {},
});
const PATH = '/api/checkout-sessions';

/** A browser-like POST from the page at `origin` to the route served at `base`. */
const browserPost = (base: string, body: unknown, headers: Record<string, string> = {}, origin = base) =>
  fetch(`${base}${PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie: 'session=ok', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const sessionOn = (origin: string) => ({
  checkoutSession: validSession({ successUrl: `${origin}/thanks`, cancelUrl: `${origin}/cart` }),
});

/**
 * Opens a raw connection, sends `head`, then `trickle` one byte every `everyMs` (if given), and resolves
 * with what came back and how long until the server closed the connection.
 */
const rawSlow = (url: string, head: string, everyMs = 0) =>
  new Promise<{ answer: string; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const socket = connect(Number(new URL(url).port), '127.0.0.1', () => socket.write(head));
    const drip = everyMs ? setInterval(() => socket.writable && socket.write(' '), everyMs) : undefined;
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('close', () => {
      clearInterval(drip);
      resolve({ answer, ms: performance.now() - started });
    });
    socket.on('error', () => {}); // a reset after the answer is a close too
    setTimeout(() => {
      clearInterval(drip);
      socket.destroy();
      reject(new Error(`the server kept the connection open; it sent: ${answer}`));
    }, 5_000);
  });

/** Sends raw bytes and returns the raw answer (for what fetch cannot send). */
const raw = (url: string, text: string) =>
  new Promise<string>((resolve, reject) => {
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });

describe('toNodeHandler under Node http', () => {
  it('creates a session for a same-origin POST, the request’s own origin being the allowed redirect origin', async () => {
    const server = await serve(toNodeHandler(handler));
    try {
      const answer = await read(await browserPost(server.url, sessionOn(server.url)));
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.body.url).toMatch(`${standIn.url}/checkout/chckt_session_`);
      const offSite = await read(await browserPost(server.url, sessionOn('https://elsewhere.test')));
      expect([offSite.status, offSite.body.error?.code]).toEqual([400, 'redirect_not_allowed']);
      const crossSite = await read(
        await browserPost(server.url, sessionOn(server.url), {}, 'https://evil.test'),
      );
      expect([crossSite.status, crossSite.body.error?.code]).toEqual([403, 'forbidden_origin']);
      const signedOut = await read(await browserPost(server.url, sessionOn(server.url), { cookie: '' }));
      expect(signedOut.status).toBe(401);
      const get = await fetch(`${server.url}${PATH}`);
      const put = await fetch(`${server.url}${PATH}`, { method: 'PUT' });
      expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST']);
      expect([get.status, await get.json()]).toEqual([200, { checkoutSession: null }]);
    } finally {
      await server.close();
    }
  });

  it('stops reading a chunked body past 16 KiB: 413, and the connection is closed', async () => {
    const server = await serve(toNodeHandler(handler));
    try {
      const chunk = new TextEncoder().encode(' '.repeat(8 * 1024));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 1;
          if (sent > 4) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const response = await fetch(`${server.url}${PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body,
        duplex: 'half',
      } as RequestInit);
      const answer = await read(response);
      expect([answer.status, answer.body.error?.code]).toEqual([413, 'payload_too_large']);
      expect(answer.headers.get('connection')).toBe('close');
    } finally {
      await server.close();
    }
  });

  it('answers a declared Content-Length over the limit with 413 at once, unread, and closes the connection', async () => {
    const server = await serve(toNodeHandler(handler));
    try {
      const head = `POST ${PATH} HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{`;
      const { answer, ms } = await rawSlow(server.url, head);
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer).toMatch(/connection: close/i);
      expect(answer).toContain('"code":"payload_too_large"');
      expect(ms).toBeLessThan(2_000);
    } finally {
      await server.close();
    }
  });

  it('gives a slow-trickling body bodyTimeoutMs: then 408 request_timeout, and the connection is closed', async () => {
    const server = await serve(toNodeHandler(handler, { bodyTimeoutMs: 300 }));
    try {
      const head = `POST ${PATH} HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{`;
      const { answer, ms } = await rawSlow(server.url, head, 50);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer).toContain('"code":"request_timeout"');
      expect(answer).toMatch(/connection: close/i);
      expect(ms).toBeLessThan(300 + 1_000);
    } finally {
      await server.close();
    }
  });

  it.each(['GET', 'HEAD'])(
    'a %s with a trickled body is answered and its connection closed at once, not held for its body',
    async (method) => {
      const server = await serve(toNodeHandler(handler)); // bodyTimeoutMs 10 s: far past rawSlow's 5 s
      try {
        const head = `${method} ${PATH} HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nContent-Length: 5000\r\n\r\n{`;
        const { answer } = await rawSlow(server.url, head, 50);
        expect(answer).toMatch(method === 'GET' ? /^HTTP\/1\.1 200 / : /^HTTP\/1\.1 405 /);
        expect(answer).toMatch(/connection: close/i);
      } finally {
        await server.close();
      }
    },
  );

  it('refuses limits that are not positive whole numbers at construction', () => {
    for (const options of [
      { maxBodyBytes: 0 },
      { maxBodyBytes: Number.NaN },
      { bodyTimeoutMs: 2 ** 31 },
      { bodyTimeoutMs: -1 },
    ]) {
      expect(() => toNodeHandler(handler, options)).toThrow(
        /toNodeHandler: maxBodyBytes must be a whole number/,
      );
    }
  });

  it('builds the Web request faithfully: URL from Host, headers, streamed body, several Set-Cookie back', async () => {
    const echo = toNodeHandler(async (request) => {
      const headers = new Headers({ 'content-type': 'application/json' });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      const body = {
        url: request.url,
        method: request.method,
        text: await request.text(),
        x: request.headers.get('x-test'),
      };
      return new Response(JSON.stringify(body), { status: 201, headers });
    });
    const server = await serve(echo);
    try {
      const response = await fetch(`${server.url}/some/path?q=1`, {
        method: 'PUT',
        headers: { 'x-test': 'yes' },
        body: 'hello',
      });
      expect(response.status).toBe(201);
      expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
      expect(await response.json()).toEqual({
        url: `${server.url}/some/path?q=1`,
        method: 'PUT',
        text: 'hello',
        x: 'yes',
      });
      // An absolute-form request target never changes the origin the handler sees.
      const answer = await raw(
        server.url,
        `GET http://evil.test/x HTTP/1.1\r\nHost: ${new URL(server.url).host}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer).toContain(`"url":"${server.url}/x"`);
      const badHost = await raw(
        server.url,
        'POST /x HTTP/1.1\r\nHost: a b@c\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
      );
      expect(badHost).toMatch(/^HTTP\/1\.1 400/);
    } finally {
      await server.close();
    }
  });

  it('aborts request.signal when the client goes away', async () => {
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    let aborted!: (value: boolean) => void;
    const abortSeen = new Promise<boolean>((resolve) => {
      aborted = resolve;
    });
    const server = await serve(
      toNodeHandler(
        (request) =>
          new Promise<Response>((resolve) => {
            request.signal.addEventListener('abort', () => {
              aborted(true);
              resolve(new Response(null, { status: 499 }));
            });
            arrived();
          }),
      ),
    );
    try {
      const controller = new AbortController();
      const pending = fetch(server.url, { signal: controller.signal }).catch((error: unknown) => error);
      await arrival;
      controller.abort();
      expect(await pending).toBeInstanceOf(Error);
      expect(await abortSeen).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('toNodeHandler under Express 5', () => {
  it('works mounted before express.json(), the recommended way', async () => {
    const app = express();
    app.post(PATH, toNodeHandler(handler));
    app.use(express.json());
    const server = await serve(app);
    try {
      const answer = await read(await browserPost(server.url, sessionOn(server.url)));
      expect(answer.status).toBe(200);
      const tooBig = await read(
        await browserPost(server.url, `{"checkoutSession": "${'x'.repeat(20_000)}"}`),
      );
      expect(tooBig.status).toBe(413);
    } finally {
      await server.close();
    }
  });

  it('still works after express.json() has read the body (re-encoded from req.body)', async () => {
    const app = express();
    app.use(express.json());
    app.post(PATH, toNodeHandler(handler));
    const server = await serve(app);
    try {
      expect((await browserPost(server.url, sessionOn(server.url))).status).toBe(200);
      const invalid = await read(
        await browserPost(server.url, { checkoutSession: validSession({ quantity: -1 }) }),
      );
      expect([invalid.status, invalid.body.error?.code]).toEqual([400, 'invalid_input']);
    } finally {
      await server.close();
    }
  });

  it('takes the scheme from req.protocol, so `trust proxy` behind a TLS proxy makes https the own origin', async () => {
    const app = express();
    app.set('trust proxy', true);
    app.post(PATH, toNodeHandler(handler));
    const server = await serve(app);
    const httpsOrigin = server.url.replace('http:', 'https:');
    try {
      const proxied = await browserPost(
        server.url,
        sessionOn(httpsOrigin),
        { 'x-forwarded-proto': 'https' },
        httpsOrigin,
      );
      expect(proxied.status).toBe(200);
      const direct = await browserPost(server.url, sessionOn(httpsOrigin), {}, httpsOrigin);
      expect(direct.status).toBe(403);
    } finally {
      await server.close();
    }
  });

  it('lets getCustomer read what auth middleware put on the Express request (getNodeRequest)', async () => {
    type WithUser = express.Request & { user?: { id: string; email: string } };
    const fromMiddleware = createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      getCustomer: (request) => {
        const user = getNodeRequest<WithUser>(request)?.user;
        return user ? { externalId: user.id, email: user.email } : null;
      },
    });
    const app = express();
    app.use((req: WithUser, _res, next) => {
      if (req.headers.authorization === 'Bearer good') req.user = { id: SERVER_CUSTOMER, email: 'a@b.test' };
      next();
    });
    app.post(PATH, toNodeHandler(fromMiddleware));
    const server = await serve(app);
    try {
      expect(
        (await browserPost(server.url, sessionOn(server.url), { authorization: 'Bearer good' })).status,
      ).toBe(200);
      expect((await browserPost(server.url, sessionOn(server.url))).status).toBe(401);
      expect(getNodeRequest(new Request('https://shop.test/'))).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('hands a failure to write the answer to next()', async () => {
    const app = express();
    app.post(
      PATH,
      toNodeHandler(() => Promise.reject(new Error('handler bug'))),
    );
    app.use((_error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(599).send('seen by express');
    });
    const server = await serve(app);
    try {
      const response = await fetch(`${server.url}${PATH}`, { method: 'POST' });
      expect([response.status, await response.text()]).toEqual([599, 'seen by express']);
    } finally {
      await server.close();
    }
  });
});
