import { concatBytes } from './concat-bytes';
import type { NodeRequestLike } from './types';

export interface NodeBodyLimits {
  maxBodyBytes: number;
  bodyTimeoutMs: number;
}

/**
 * A slow-trickling or oversized upload cannot hold the server: it fails with a `QuotaExceededError` or
 * `TimeoutError` (or when the client leaves), and reading is paused.
 */
export function readNodeBody(req: NodeRequestLike, limits: NodeBodyLimits): Promise<Uint8Array> {
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
      req.off('error', fail);
      req.off('close', onClose);
    };
    const fail = (error: unknown) => {
      stop();
      req.pause();
      reject(error);
    };
    const timer = setTimeout(
      () =>
        fail(new DOMException(`The request body did not arrive within ${bodyTimeoutMs} ms.`, 'TimeoutError')),
      bodyTimeoutMs,
    );
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.byteLength;
      if (size > maxBodyBytes) return fail(tooLarge());
      chunks.push(bytes);
    };
    const onEnd = () => {
      stop();
      resolve(concatBytes(chunks));
    };
    const onClose = () => fail(new Error('The client closed the connection before sending the whole body.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', fail);
    req.on('close', onClose);
  });
}
