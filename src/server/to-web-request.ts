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
}

/**
 * Reads the Node request's body whole, but never more than `maxBytes`: past that it stops reading
 * (the connection is closed after the answer) and returns `undefined`.
 */
export function readNodeBody(req: NodeRequestLike, maxBytes: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const done = (result?: Uint8Array, error?: Error) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (error) reject(error);
      else resolve(result);
    };
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.byteLength;
      chunks.push(bytes);
      if (size > maxBytes) {
        req.pause();
        done(undefined);
      }
    };
    const onEnd = () => {
      const body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      done(body);
    };
    const onError = (error: Error) => done(undefined, error);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** A body a parser already read, as bytes again (`express.json()` leaves an object, `express.text()` a string). */
function parsedBody(body: unknown): BodyInit {
  if (typeof body === 'string' || body instanceof Uint8Array) return body as BodyInit;
  return JSON.stringify(body);
}

/**
 * Builds a Web `Request` from a Node or Express request: the URL from the scheme (Express's
 * `req.protocol`, else the socket's TLS state) and the `Host` header, every header, and the body —
 * bytes already read with {@link readNodeBody}, or re-encoded from `req.body` when a body parser
 * consumed the stream.
 *
 * @example
 * ```ts
 * const request = toWebRequest(req, await readNodeBody(req, 16_384), controller.signal);
 * ```
 */
export function toWebRequest(req: NodeRequestLike, body?: Uint8Array, signal?: AbortSignal): Request {
  const encrypted = (req.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true;
  const protocol = typeof req.protocol === 'string' ? req.protocol : encrypted ? 'https' : 'http';
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
  const init: RequestInit = { method, headers };
  if (signal) init.signal = signal;
  if (method !== 'GET' && method !== 'HEAD') {
    if (req.body !== undefined) {
      init.body = parsedBody(req.body);
      headers.delete('content-length');
    } else if (body) {
      init.body = body as BodyInit;
    }
  }
  return new Request(`${protocol}://${host}${path}`, init);
}
