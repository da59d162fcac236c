/**
 * The parts of a Node `http.IncomingMessage` (or an Express request) the adapter reads. Structural, so
 * this entry needs no Node types and stays loadable in edge runtimes.
 *
 * @example
 * ```ts
 * const req: NodeRequestLike = incomingMessage; // an http.IncomingMessage or an Express request fits
 * ```
 */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A `tls.TLSSocket` (with `encrypted: true`) for https. */
  socket?: object | null;
  /** Express: the URL before mounting rewrote `url`. */
  originalUrl?: string;
  /** Express: honours the app's `trust proxy` setting. */
  protocol?: string;
  /** `true` once the whole body has been received. */
  complete?: boolean;
  /** Set when a body parser already read the stream. */
  body?: unknown;
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  off(event: 'end' | 'close', listener: () => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  /** Closes the connection (used when a body is refused before it has all arrived). */
  destroy?(): unknown;
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

/**
 * Builds a Web `Request` from a Node or Express request: the URL from the scheme (Express's
 * `req.protocol`, else the socket's TLS state) and the `Host` header, every header, and the body — a
 * bytes read by {@link readNodeBody} (or a stream), or re-encoded from `req.body` when a body parser
 * consumed the stream. Throws a `TypeError` on a malformed `Host` header.
 *
 * @example
 * ```ts
 * const request = toWebRequest(req, await readNodeBody(req, limits), controller.signal);
 * ```
 */
export function toWebRequest(
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
