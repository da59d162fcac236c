/**
 * The Node adapter: a Web-standard handler under Node `http` or Express — the body read within its
 * limits, the request made a Web `Request`, the answer written back.
 */
import { isTimeoutMs, MAX_INT32 } from '../core/defaults';
import { DEFAULT_BODY_TIMEOUT_MS, MAX_BODY_BYTES } from './defaults';
import { jsonResponseText } from './refusal';
import { concatBytes } from './request-body';
import type { NodeRequestLike } from './types';

/**
 * The parts of a Node `http.ServerResponse` (or an Express response) the adapter writes. Structural,
 * so this entry needs no Node types.
 *
 * @example
 * ```ts
 * const res: NodeResponseLike = serverResponse; // an http.ServerResponse fits
 * ```
 */
export interface NodeResponseLike {
  statusCode: number;
  headersSent?: boolean;
  writableFinished?: boolean;
  setHeader(name: string, value: string | string[]): unknown;
  write(chunk: Uint8Array): unknown;
  end(chunk?: Uint8Array): unknown;
  once(event: 'close' | 'finish', listener: () => void): unknown;
}

/**
 * A Node `http` request listener that is also an Express 5 middleware (`next` is optional).
 *
 * @example
 * ```ts
 * const listener: NodeHandler = toNodeHandler(handler);
 * http.createServer(listener).listen(3000);
 * ```
 */
export type NodeHandler = (
  req: NodeRequestLike,
  res: NodeResponseLike,
  next?: (error?: unknown) => void,
) => void;

/**
 * Settings of {@link toNodeHandler}.
 *
 * @example
 * ```ts
 * toNodeHandler(handler, { maxBodyBytes: 65_536, bodyTimeoutMs: 5_000 });
 * ```
 */
export interface NodeHandlerOptions {
  /** The most body bytes read; past it the body stream fails (the checkout route answers `payload_too_large`). @defaultValue 16384 */
  maxBodyBytes?: number;
  /** How long the whole body may take to arrive; past it the body stream fails (the checkout route answers `request_timeout`). @defaultValue 10000 */
  bodyTimeoutMs?: number;
}

function checkLimits(options: NodeHandlerOptions): NodeBodyLimits {
  const { maxBodyBytes = MAX_BODY_BYTES, bodyTimeoutMs = DEFAULT_BODY_TIMEOUT_MS } = options;
  const validSize = Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0;
  if (!validSize || !isTimeoutMs(bodyTimeoutMs)) {
    throw new TypeError(
      `toNodeHandler: maxBodyBytes must be a whole number of bytes above 0, bodyTimeoutMs a whole number of milliseconds from 1 to ${MAX_INT32}.`,
    );
  }
  return { maxBodyBytes, bodyTimeoutMs };
}

/** How a body that could not be read reaches the handler, which answers for it (413, 408). */
const failedBody = (error: unknown): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(controller) {
      controller.error(error);
    },
  });

async function writeResponse(response: Response, res: NodeResponseLike, req: NodeRequestLike) {
  // Our own answers are small JSON whose text is known; any other body is read whole. One write either way.
  const text = jsonResponseText(response);
  let body: Uint8Array | undefined;
  if (text !== undefined) body = new TextEncoder().encode(text);
  else if (response.body) body = new Uint8Array(await response.arrayBuffer());
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  // Answered before the body has all arrived (refused, too large, too slow, or a GET/HEAD whose body is
  // never read): close the connection rather than wait for the rest of what may be an endless upload.
  const unfinished = req.complete !== true;
  if (unfinished) {
    res.setHeader('connection', 'close');
    res.once('finish', () => req.destroy?.());
  }
  res.end(body);
}

/**
 * Runs a Web-standard handler (such as {@link createCheckoutSessionHandler}'s) under Node `http` or
 * Express 5. The body is read whole first, up to `maxBodyBytes` (refused at once when `Content-Length`
 * says more) and for at most `bodyTimeoutMs`; a body that could not be read reaches the handler as a
 * stream that fails with a `QuotaExceededError` or `TimeoutError` (the checkout route answers
 * `payload_too_large` and `request_timeout`), and the connection is then closed.
 * Mount the route **before** `express.json()` (a body the parser already read is re-encoded from
 * `req.body`, and the parser's own errors and limits then apply first). The URL's scheme comes from
 * Express's `req.protocol` (so `app.set('trust proxy', …)` is honoured) or from the socket's TLS state.
 * When the shopper disconnects, `request.signal` aborts. Inside the handler, {@link getNodeRequest} gives
 * back the Node/Express request (for `req.user` and the like). A failure to write the answer goes to
 * `next` when there is one. Throws at construction on a limit that is not a positive whole number.
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { createCheckoutSessionHandler, toNodeHandler } from 'react-flowglad-checkout/server';
 * const app = express();
 * app.post('/api/checkout-sessions', toNodeHandler(createCheckoutSessionHandler({ getCustomer })));
 * app.use(express.json()); // after the checkout route
 * ```
 */
export function toNodeHandler(
  handler: (request: Request) => Response | Promise<Response>,
  options: NodeHandlerOptions = {},
): NodeHandler {
  const limits = checkLimits(options);
  return (req, res, next) => {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const respond = async () => {
      const read = req.body === undefined && req.method !== 'GET' && req.method !== 'HEAD';
      const body = read ? await readNodeBody(req, limits).catch(failedBody) : undefined;
      let request: Request;
      try {
        request = toWebRequest(req, body, controller.signal);
      } catch {
        res.statusCode = 400;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.setHeader('connection', 'close');
        res.end(new TextEncoder().encode('Bad Request: the request URL or Host header is malformed.'));
        return;
      }
      rememberNodeRequest(request, req);
      await writeResponse(await handler(request), res, req);
    };
    respond().catch((error: unknown) => {
      if (next) return next(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}

const nodeRequests = new WeakMap<Request, NodeRequestLike>();

function rememberNodeRequest(request: Request, req: NodeRequestLike): void {
  nodeRequests.set(request, req);
}

/**
 * The Node `http.IncomingMessage` — or Express request, with what your middleware put on it
 * (`req.user`, `req.session`…) — behind a Web `Request` that {@link toNodeHandler} built; `undefined`
 * for any other request (Next.js, edge runtimes, tests).
 *
 * @example
 * ```ts
 * import type { Request as ExpressRequest } from 'express';
 * const handler = createCheckoutSessionHandler({
 *   getCustomer: (request) => {
 *     const user = getNodeRequest<ExpressRequest>(request)?.user; // set by your auth middleware
 *     return user ? { externalId: user.id, email: user.email } : null;
 *   },
 * });
 * ```
 */
export function getNodeRequest<T extends object = NodeRequestLike>(request: Request): T | undefined {
  return nodeRequests.get(request) as T | undefined;
}

/** Express's `req.protocol` (it honours `trust proxy`), else the socket's TLS state. */
function requestProtocol(req: NodeRequestLike): string {
  if (typeof req.protocol === 'string') return req.protocol;
  const encrypted = (req.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true;
  return encrypted ? 'https' : 'http';
}

/** A body a parser already read, as bytes again (`express.json()` leaves an object, `express.text()` a string). */
function parsedBody(body: unknown): BodyInit {
  if (typeof body === 'string' || body instanceof Uint8Array) return body as BodyInit;
  return JSON.stringify(body);
}

/** The origin comes from the scheme and the `Host` header only: an absolute-form target never changes it. */
function toWebRequest(
  req: NodeRequestLike,
  body?: Uint8Array | ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): Request {
  const protocol = requestProtocol(req);
  const host = [req.headers.host].flat()[0] || 'localhost';
  if (!/^[a-z0-9.:[\]-]+$/i.test(host)) throw new TypeError('The Host header is malformed.');
  const target = req.originalUrl ?? req.url ?? '/';
  // The path only: an absolute-form target (`POST http://other.host/…`) never changes the origin.
  const path = target.startsWith('/') ? target : `/${target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\/?/i, '')}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (typeof value === 'string') headers.append(name, value);
    else for (const item of value) headers.append(name, item);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (signal) init.signal = signal;
  if (method !== 'GET' && method !== 'HEAD') {
    if (req.body !== undefined) {
      init.body = parsedBody(req.body);
      headers.delete('content-length');
    } else if (body instanceof ReadableStream) {
      init.body = body;
      init.duplex = 'half';
    } else if (body) {
      init.body = body as BodyInit;
    }
  }
  return new Request(`${protocol}://${host}${path}`, init);
}

interface NodeBodyLimits {
  maxBodyBytes: number;
  bodyTimeoutMs: number;
}

/**
 * A slow-trickling or oversized upload cannot hold the server: it fails with a `QuotaExceededError` or
 * `TimeoutError` (or when the client leaves), and reading is paused.
 */
function readNodeBody(req: NodeRequestLike, limits: NodeBodyLimits): Promise<Uint8Array> {
  const { maxBodyBytes, bodyTimeoutMs } = limits;
  const tooLarge = () =>
    new DOMException(`The request body is larger than ${maxBodyBytes} bytes.`, 'QuotaExceededError');
  if (Number([req.headers['content-length']].flat()[0]) > maxBodyBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stop = () => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', abandon);
      req.off('close', onClose);
    };
    const abandon = (error: unknown) => {
      stop();
      req.pause();
      reject(error);
    };
    const timer = setTimeout(
      () =>
        abandon(
          new DOMException(`The request body did not arrive within ${bodyTimeoutMs} ms.`, 'TimeoutError'),
        ),
      bodyTimeoutMs,
    );
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.byteLength;
      if (size > maxBodyBytes) return abandon(tooLarge());
      chunks.push(bytes);
    };
    const onEnd = () => {
      stop();
      resolve(concatBytes(chunks));
    };
    const onClose = () =>
      abandon(new Error('The client closed the connection before sending the whole body.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', abandon);
    req.on('close', onClose);
  });
}
