import { errorResponse } from './error-response';
import { rememberNodeRequest } from './get-node-request';
import { jsonBodies } from './json-response';
import { MAX_BODY_BYTES, tooLarge } from './read-json-body';
import { type NodeRequestLike, readNodeBody, toWebRequest } from './to-web-request';

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

async function writeResponse(response: Response, res: NodeResponseLike): Promise<void> {
  // Our own answers are small JSON whose text is known; any other body is read whole. One write either way.
  const text = response.bodyUsed ? undefined : jsonBodies.get(response);
  const body =
    text !== undefined
      ? new TextEncoder().encode(text)
      : response.body
        ? new Uint8Array(await response.arrayBuffer())
        : undefined;
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(body);
}

/**
 * Runs a Web-standard handler (such as {@link createCheckoutSessionHandler}'s) under Node `http` or
 * Express 5. The body is read up to 16 KiB (a larger one is answered 413 unread); mount the route
 * **before** `express.json()` (a body the parser already read is re-encoded from `req.body`, and the
 * parser's own errors and limits then apply first). The URL's scheme comes from Express's
 * `req.protocol` (so `app.set('trust proxy', …)` is honoured) or from the socket's TLS state. When the
 * shopper disconnects, `request.signal` aborts. Inside the handler, {@link getNodeRequest} gives back
 * the Node/Express request (for `req.user` and the like). A failure to write the answer goes to `next` when
 * there is one.
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
export function toNodeHandler(handler: (request: Request) => Response | Promise<Response>): NodeHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const respond = async () => {
      const hasBody = req.body === undefined && req.method !== 'GET' && req.method !== 'HEAD';
      const body = hasBody ? await readNodeBody(req, MAX_BODY_BYTES) : undefined;
      if (hasBody && !body) {
        // Over the limit: stop reading what may be a huge upload and close the connection once answered.
        res.setHeader('connection', 'close');
        return writeResponse(tooLarge(), res);
      }
      let request: Request;
      try {
        request = toWebRequest(req, body, controller.signal);
        rememberNodeRequest(request, req);
      } catch {
        return writeResponse(
          errorResponse(400, 'invalid_input', 'The request URL or Host header is malformed.'),
          res,
        );
      }
      await writeResponse(await handler(request), res);
    };
    respond().catch((error: unknown) => {
      if (next) return next(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}
