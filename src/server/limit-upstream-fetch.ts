import { readLimited } from './read-limited';
import { RELAY_LIMITS } from './relay-limits';

/**
 * Flowglad answered more than the route reads (see {@link RELAY_LIMITS}): the answer was cut off.
 *
 * @example
 * ```ts
 * if (error instanceof UpstreamAnswerTooLarge) report('Flowglad sent more than 1 MiB');
 * ```
 */
export class UpstreamAnswerTooLarge extends Error {
  override readonly name = 'UpstreamAnswerTooLarge';
  constructor(maxBytes: number) {
    super(`Flowglad's answer was larger than ${maxBytes} bytes; the route read no further.`);
  }
}

/**
 * A `fetch` for `@flowglad/node` that never follows a redirect (a 3xx reaches the client as the failure
 * it is, and neither the key nor the body travels elsewhere) and reads each answer whole before the
 * client sees it, at most `maxBytes` of it — refused at once when `Content-Length` says more, cut off
 * while reading otherwise. The call's signal still aborts the read.
 *
 * @example
 * ```ts
 * new Flowglad({ apiKey, fetch: limitUpstreamFetch(fetch, 1024 * 1024) });
 * ```
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
