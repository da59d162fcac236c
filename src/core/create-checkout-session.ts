import { callCheckoutRoute } from './call-checkout-route';
import { CheckoutError } from './checkout-error';
import { FLOWGLAD_ORIGIN } from './defaults';
import { parseCheckoutResponse } from './parse-checkout-response';
import { prepareCheckoutInput } from './prepare-checkout-input';
import { toAllowedRedirectUrl } from './to-allowed-redirect-url';
import { toDevelopmentLoopbackUrl } from './to-development-loopback-url';
import type { CheckoutConfig, CheckoutSessionInput, CheckoutSessionResult } from './types';
import { warnInDevelopment } from './warn-in-development';

/**
 * Asks your checkout route for a Flowglad checkout session — the framework-free call under the hook
 * and the button. It validates `input` first (nothing is sent when it is wrong), posts
 * `{ checkoutSession: { type, … } }` as JSON within `timeoutMs`, turns any answer into a result or a
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
  try {
    return await send(input, config);
  } catch (error) {
    warnInDevelopment(error);
    throw error;
  }
}

async function send(input: CheckoutSessionInput, config: CheckoutConfig): Promise<CheckoutSessionResult> {
  const page = globalThis.location;
  const checkoutSession = prepareCheckoutInput(input, page?.href);
  const allowed = config.allowedRedirectOrigins ?? [
    FLOWGLAD_ORIGIN,
    ...(page?.protocol === 'https:' ? [page.origin] : []),
  ];
  return callCheckoutRoute(
    config,
    async (response, endpoint) => {
      const result = await parseCheckoutResponse(response, endpoint);
      const url = toAllowedRedirectUrl(result.url, allowed) ?? toDevelopmentLoopbackUrl(result.url);
      if (url) return { ...result, url };
      throw new CheckoutError(
        'unsafe_redirect',
        `Refused to redirect to ${result.url.slice(0, 100)}: allowed are https URLs on ${allowed.join(', ')} (allowedRedirectOrigins).`,
        { status: response.status },
      );
    },
    JSON.stringify({ checkoutSession }),
  );
}
