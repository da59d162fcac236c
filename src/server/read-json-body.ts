import { MAX_BODY_BYTES } from './defaults';
import { errorResponse } from './error-response';
import { readLimited } from './read-limited';

type Refused = { ok: false; response: Response };
export type Read = { ok: true; value: unknown } | Refused;

const refuse = (response: Response): Refused => ({ ok: false, response });
const tooLarge = () => refuse(errorResponse('payload_too_large'));
const invalidJson = (detail: string) =>
  refuse(
    errorResponse('invalid_json', {
      issues: [{ path: [], message: `${detail}: send JSON { checkoutSession: { … } }` }],
    }),
  );

/** A body stream that failed: too slow (`TimeoutError`) or too large (`QuotaExceededError`), as an adapter says. */
function unreadable(error: unknown): Refused {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return refuse(errorResponse('request_timeout'));
  if (name === 'QuotaExceededError') return tooLarge();
  return invalidJson('the body could not be read');
}

/** The body as UTF-8 text, never buffered past `maxBytes`; a body stream that failed is answered for (408, 413). */
export async function readBodyText(
  request: Request,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<{ ok: true; text: string } | Refused> {
  if (Number(request.headers.get('content-length')) > maxBytes) {
    await request.body?.cancel().catch(() => {});
    return tooLarge();
  }
  if (!request.body) return invalidJson('the body is empty');
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readLimited(request.body, maxBytes);
  } catch (error) {
    return unreadable(error);
  }
  if (!bytes) return tooLarge();
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return invalidJson('the body is not UTF-8 text');
  }
}

/** `application/json` only; the text must parse. */
export async function readJsonBody(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<Read> {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    await request.body?.cancel().catch(() => {});
    return refuse(errorResponse('unsupported_media_type'));
  }
  const read = await readBodyText(request, maxBytes);
  if (!read.ok) return read;
  if (!read.text.trim()) return invalidJson('the body is empty');
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch {
    return invalidJson('the body is not valid JSON');
  }
}
