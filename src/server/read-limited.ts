import { concatBytes } from './concat-bytes';

/**
 * Reads a byte stream whole, but no more than `maxBytes`: past that it cancels the stream and returns
 * `undefined`. A stream that fails makes it reject with the stream's error.
 *
 * @example
 * ```ts
 * const bytes = await readLimited(request.body, 16_384);
 * if (!bytes) return tooLarge();
 * ```
 */
export async function readLimited(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}
