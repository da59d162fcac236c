import type { NodeRequestLike } from './types';

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
