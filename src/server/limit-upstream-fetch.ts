import { RELAY_LIMITS } from './defaults';
import { readLimited } from './read-limited';

export class UpstreamAnswerTooLarge extends Error {
  override readonly name = 'UpstreamAnswerTooLarge';
  constructor(maxBytes: number) {
    super(`Flowglad's answer was larger than ${maxBytes} bytes; the route read no further.`);
  }
}

/**
 * The key and body never travel elsewhere (redirects are not followed), and no answer is read past
 * `maxBytes`.
 */
export function limitUpstreamFetch(
  base: typeof fetch,
  maxBytes: number = RELAY_LIMITS.answerBytes,
): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const response = await base(input, { ...init, redirect: 'manual' });
    if (Number(response.headers.get('content-length')) > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new UpstreamAnswerTooLarge(maxBytes);
    }
    if (!response.body) return response;
    const bytes = await readLimited(response.body, maxBytes);
    if (!bytes) throw new UpstreamAnswerTooLarge(maxBytes);
    const { status, statusText, headers } = response;
    return new Response(bytes as BodyInit, { status, statusText, headers });
  };
}
