import { CheckoutError } from './checkout-error';
import { DEFAULT_ENDPOINT, DEFAULT_TIMEOUT_MS, FLOWGLAD_ORIGIN } from './defaults';
import { isAllowedRedirect } from './is-allowed-redirect';
import { parseCheckoutResponse } from './parse-checkout-response';
import { prepareCheckoutInput } from './prepare-checkout-input';
import type { CheckoutConfig, CheckoutSessionInput, CheckoutSessionResult } from './types';

/**
 * Asks your checkout route for a Flowglad checkout session — the framework-free call under the hook
 * and the button. It validates `input` first (nothing is sent when it is wrong), posts
 * `{ checkoutSession: { type, … } }` as JSON with a timeout, turns any answer into a result or a
 * {@link CheckoutError}, and checks the returned `url` against the allowed redirect origins. It never
 * navigates: that is the caller's choice.
 *
 * @example
 * ```ts
 * import { createCheckoutSession } from 'react-flowglad-checkout';
 * const { url } = await createCheckoutSession({ priceId: 'price_123', quantity: 2 }, { endpoint: '/api/checkout-sessions' });
 * window.location.assign(url);
 * ```
 */
export async function createCheckoutSession(
  input: CheckoutSessionInput,
  config: CheckoutConfig = {},
): Promise<CheckoutSessionResult> {
  const page = globalThis.location?.href;
  const checkoutSession = prepareCheckoutInput(input, page);
  const endpoint = config.endpoint ?? DEFAULT_ENDPOINT;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pageOrigin = page && new URL(page).origin;
  const allowed = config.allowedRedirectOrigins ?? [
    FLOWGLAD_ORIGIN,
    ...(pageOrigin?.startsWith('https:') ? [pageOrigin] : []),
  ];

  const controller = new AbortController();
  const abort = () => controller.abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, timeoutMs);
  if (config.signal?.aborted) abort();
  config.signal?.addEventListener('abort', abort);

  try {
    let headers: Headers;
    try {
      headers = new Headers(typeof config.headers === 'function' ? await config.headers() : config.headers);
    } catch (cause) {
      throw new CheckoutError('invalid_input', `The headers option threw (${cause}). Nothing was sent.`, {
        cause,
      });
    }
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/json');
    const response = await (config.fetch ?? fetch)(page ? new URL(endpoint, page).href : endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ checkoutSession }),
      signal: controller.signal,
    });
    const result = await parseCheckoutResponse(response, endpoint);
    const url = isAllowedRedirect(result.url, allowed);
    if (!url) {
      throw new CheckoutError(
        'unsafe_redirect',
        `Refused to go to ${result.url.slice(0, 100)}: not an https URL on ${allowed.join(', ')}. If it is yours, add its origin to allowedRedirectOrigins.`,
        { status: response.status },
      );
    }
    return { ...result, url };
  } catch (cause) {
    if (cause instanceof CheckoutError) throw cause;
    if (timedOut) {
      throw new CheckoutError(
        'timeout',
        `The checkout route did not answer within ${timeoutMs} ms. Try again, or raise timeoutMs.`,
        { cause },
      );
    }
    if (controller.signal.aborted) {
      throw new CheckoutError('aborted', 'The checkout request was cancelled.', { cause });
    }
    throw new CheckoutError(
      'network',
      `Could not reach the checkout route (${endpoint}). Check the connection and the endpoint, then try again.`,
      { cause },
    );
  } finally {
    clearTimeout(timer);
    config.signal?.removeEventListener('abort', abort);
  }
}
