import type { NodeRequestLike } from './to-web-request';

/**
 * How much of a Node request body {@link readNodeBody} lets through, and for how long it waits.
 *
 * @example
 * ```ts
 * const limits: NodeBodyLimits = { maxBodyBytes: 16_384, bodyTimeoutMs: 10_000 };
 * ```
 */
export interface NodeBodyLimits {
  maxBodyBytes: number;
  bodyTimeoutMs: number;
}

/**
 * A Node request's body as a Web stream, read as it is pulled (Node's flow paused while nobody
 * reads). It errors with a `QuotaExceededError` `DOMException` at once when `Content-Length` declares
 * more than `maxBodyBytes`, and as soon as more has arrived otherwise; with a `TimeoutError` when the
 * whole body has not arrived `bodyTimeoutMs` after the request did (a slow-trickling client); and when
 * the client closes the connection first. Whoever reads it turns those into answers (413, 408).
 *
 * @example
 * ```ts
 * const request = new Request(url, { method: 'POST', body: readNodeBody(req, limits), duplex: 'half' } as RequestInit);
 * ```
 */
export function readNodeBody(req: NodeRequestLike, limits: NodeBodyLimits): ReadableStream<Uint8Array> {
  const { maxBodyBytes, bodyTimeoutMs } = limits;
  const tooLarge = () =>
    new DOMException(`The request body is larger than ${maxBodyBytes} bytes.`, 'QuotaExceededError');
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (Number([req.headers['content-length']].flat()[0]) > maxBodyBytes) {
        controller.error(tooLarge());
        return;
      }
      let size = 0;
      const fail = (error: unknown) => {
        stop();
        req.pause();
        controller.error(error);
      };
      const timer = setTimeout(
        () =>
          fail(
            new DOMException(`The request body did not arrive within ${bodyTimeoutMs} ms.`, 'TimeoutError'),
          ),
        bodyTimeoutMs,
      );
      (timer as { unref?: () => void }).unref?.();
      const onData = (chunk: Uint8Array | string) => {
        const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
        size += bytes.byteLength;
        if (size > maxBodyBytes) return fail(tooLarge());
        controller.enqueue(bytes);
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      };
      const onEnd = () => {
        stop();
        controller.close();
      };
      const onClose = () =>
        fail(new Error('The client closed the connection before sending the whole body.'));
      stop = () => {
        clearTimeout(timer);
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', fail);
        req.off('close', onClose);
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', fail);
      req.on('close', onClose);
    },
    pull() {
      req.resume();
    },
    cancel() {
      stop();
      req.pause();
    },
  });
}
