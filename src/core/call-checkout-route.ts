import { CheckoutError } from './checkout-error';
import { DEFAULT_ENDPOINT, DEFAULT_TIMEOUT_MS, isTimeoutMs, MAX_INT32 } from './defaults';
import type { CheckoutConfig } from './types';

const TIMEOUT = 'timeout';

/**
 * One request to the route under one deadline, which holds even when `headers`, `fetch` or `read` ignore
 * the abort signal; redirects are never followed.
 */
export async function callCheckoutRoute<T>(
  {
    endpoint = DEFAULT_ENDPOINT,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    signal,
    headers,
    fetch: send = fetch,
  }: CheckoutConfig,
  read: (response: Response, endpoint: string) => Promise<T>,
  body?: string,
): Promise<T> {
  if (!isTimeoutMs(timeoutMs)) {
    throw new CheckoutError(
      'invalid_input',
      `timeoutMs must be a number of milliseconds from 1 to ${MAX_INT32} (whole), not ${timeoutMs}. Nothing was sent.`,
    );
  }
  const page = globalThis.location;
  const controller = new AbortController();
  const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', reject));
  const stop = () => controller.abort();
  const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
  signal?.addEventListener('abort', stop);
  if (signal?.aborted) stop();
  const call = async () => {
    let init: HeadersInit | undefined;
    try {
      init = typeof headers === 'function' ? await headers() : headers;
    } catch (cause) {
      throw new CheckoutError('invalid_input', `The headers option threw (${cause}). Nothing was sent.`, {
        cause,
      });
    }
    controller.signal.throwIfAborted();
    const sent = new Headers(init);
    sent.set('accept', 'application/json');
    if (body) sent.set('content-type', 'application/json');
    const response = await send(page ? new URL(endpoint, page.href).href : endpoint, {
      method: body ? 'POST' : 'GET',
      headers: sent,
      body,
      signal: controller.signal,
      redirect: 'manual',
    });
    return read(response, endpoint);
  };
  try {
    return await Promise.race([stopped, call()]);
  } catch (cause) {
    if (cause instanceof CheckoutError) throw cause;
    const { aborted, reason } = controller.signal;
    if (aborted && reason === TIMEOUT) {
      throw new CheckoutError(
        'timeout',
        `The checkout route did not answer within ${timeoutMs} ms. Try again, or raise timeoutMs.`,
        { cause },
      );
    }
    if (aborted) throw new CheckoutError('aborted', 'The checkout request was cancelled.', { cause });
    let message = `Could not reach the checkout route (${endpoint}). Check the connection and the endpoint, then try again.`;
    try {
      const origin = process.env.NODE_ENV !== 'production' && page && new URL(endpoint, page.href).origin;
      if (origin && origin !== page?.origin) {
        message += ` ${origin} is another origin than this page (${page.origin}): the browser blocks the call unless that route allows it (CORS), and the checkout's cookie would not come back to your thanks page either. Serve the route from the page's origin, or proxy it there (Vite's server.proxy, Next.js rewrites).`;
      }
    } catch {}
    throw new CheckoutError('network', message, { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
