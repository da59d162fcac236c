/**
 * Reading a request body: never past its limit, a slow or failed stream refused for (408, 413), JSON
 * only where JSON is asked.
 */
import { MAX_BODY_BYTES } from './defaults';
import { type RouteFailure, refusal } from './refusal';

const invalidJson = (detail: string) =>
  refusal('invalid_json', {
    issues: [{ path: [], message: `${detail}: send JSON { checkoutSession: { … } }` }],
  });

/** A body stream that failed: too slow (`TimeoutError`) or too large (`QuotaExceededError`), as an adapter says. */
function unreadable(error: unknown): RouteFailure {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return refusal('request_timeout');
  if (name === 'QuotaExceededError') return refusal('payload_too_large');
  return invalidJson('the body could not be read');
}

/** The body as UTF-8 text, never buffered past `maxBytes`; a body stream that failed is refused for (408, 413). */
export async function readBodyText(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<string> {
  if (Number(request.headers.get('content-length')) > maxBytes) {
    await request.body?.cancel().catch(() => {});
    throw refusal('payload_too_large');
  }
  if (!request.body) throw invalidJson('the body is empty');
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readLimited(request.body, maxBytes);
  } catch (error) {
    throw unreadable(error);
  }
  if (!bytes) throw refusal('payload_too_large');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidJson('the body is not UTF-8 text');
  }
}

/** `application/json` only; the text must parse. */
export async function readJsonBody(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<unknown> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    await request.body?.cancel().catch(() => {});
    throw refusal('unsupported_media_type');
  }
  const text = await readBodyText(request, maxBytes);
  if (!text.trim()) throw invalidJson('the body is empty');
  try {
    return JSON.parse(text);
  } catch {
    throw invalidJson('the body is not valid JSON');
  }
}

/** Never buffers more than `maxBytes`: past it the stream is cancelled and the result `undefined`. */
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

/** The chunks read from a stream as one array (the chunk itself when there is only one). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
