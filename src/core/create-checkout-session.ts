import { callCheckoutRoute, readRouteAnswer, routeAnswerError } from './call-route';
import { CheckoutError } from './checkout-error';
import { prepareCheckoutInput } from './checkout-schema';
import { FLOWGLAD_ORIGIN } from './defaults';
import { noteMissingSuccessUrl, warnInDevelopment, warnPlainHttpRedirect } from './dev-messages';
import { toAllowedRedirectUrl, toDevelopmentLoopbackUrl } from './redirect-rule';
import type { CheckoutConfig, CheckoutSessionInput, CheckoutSessionResult } from './types';

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
  noteMissingSuccessUrl(page, input);
  const allowed = config.allowedRedirectOrigins ?? [
    FLOWGLAD_ORIGIN,
    ...(page?.protocol === 'https:' ? [page.origin] : []),
  ];
  return callCheckoutRoute(
    config,
    async (response, endpoint) => {
      const result = await readCreatedSession(response, endpoint);
      const url = toAllowedRedirectUrl(result.url, allowed) ?? toDevelopmentLoopbackUrl(result.url);
      if (url) return { ...result, url };
      const error = new CheckoutError(
        'unsafe_redirect',
        `Refused to redirect to ${result.url.slice(0, 100)}: allowed are https URLs on ${allowed.join(', ')} (allowedRedirectOrigins).`,
        { status: response.status },
      );
      warnPlainHttpRedirect(error, result.url);
      throw error;
    },
    JSON.stringify({ checkoutSession }),
  );
}

/** The `POST`'s answer as a result: its `url`, and the session and `reused` when the route sent them. */
async function readCreatedSession(response: Response, endpoint: string): Promise<CheckoutSessionResult> {
  const answer = await readRouteAnswer(response, endpoint);
  const { body } = answer;
  if (!answer.ok || typeof body?.url !== 'string' || !body.url)
    throw routeAnswerError(answer, endpoint, 'url');
  const result: CheckoutSessionResult = { url: body.url };
  if (typeof body.checkoutSession === 'object' && body.checkoutSession)
    result.checkoutSession = body.checkoutSession;
  if (typeof body.reused === 'boolean') result.reused = body.reused;
  return result;
}
