import { CheckoutError } from './checkout-error';
import { DEFAULT_ENDPOINT, DEFAULT_TIMEOUT_MS, FLOWGLAD_ORIGIN } from './defaults';
import { isAllowedRedirect } from './is-allowed-redirect';
import { parseCheckoutResponse } from './parse-checkout-response';
import { prepareCheckoutInput } from './prepare-checkout-input';
import type { CheckoutConfig, CheckoutSessionInput, CheckoutSessionResult } from './types';

const TIMEOUT = 'timeout';

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
  {
    endpoint = DEFAULT_ENDPOINT,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    signal,
    headers,
    ...config
  }: CheckoutConfig = {},
): Promise<CheckoutSessionResult> {
  const page = globalThis.location;
  const checkoutSession = prepareCheckoutInput(input, page?.href);
  const allowed = config.allowedRedirectOrigins ?? [
    FLOWGLAD_ORIGIN,
    ...(page?.protocol === 'https:' ? [page.origin] : []),
  ];
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  try {
    let init: HeadersInit | undefined;
    try {
      init = typeof headers === 'function' ? await headers() : headers;
    } catch (cause) {
      throw new CheckoutError('invalid_input', `The headers option threw (${cause}). Nothing was sent.`, {
        cause,
      });
    }
    const sent = new Headers(init);
    sent.set('content-type', 'application/json');
    sent.set('accept', 'application/json');
    const response = await (config.fetch ?? fetch)(page ? new URL(endpoint, page.href).href : endpoint, {
      method: 'POST',
      headers: sent,
      body: JSON.stringify({ checkoutSession }),
      signal: controller.signal,
    });
    const result = await parseCheckoutResponse(response, endpoint);
    const url = isAllowedRedirect(result.url, allowed);
    if (url) return { ...result, url };
    throw new CheckoutError(
      'unsafe_redirect',
      `Refused to redirect to ${result.url.slice(0, 100)}: allowed are https URLs on ${allowed.join(', ')} (allowedRedirectOrigins).`,
      { status: response.status },
    );
  } catch (cause) {
    const { aborted, reason } = controller.signal;
    throw cause instanceof CheckoutError
      ? cause
      : new CheckoutError(
          aborted ? (reason === TIMEOUT ? 'timeout' : 'aborted') : 'network',
          aborted
            ? reason === TIMEOUT
              ? `The checkout route did not answer within ${timeoutMs} ms. Try again, or raise timeoutMs.`
              : 'The checkout request was cancelled.'
            : `Could not reach the checkout route (${endpoint}). Check the connection and the endpoint, then try again.`,
          { cause },
        );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
