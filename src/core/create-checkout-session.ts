import { callCheckoutRoute, readRouteAnswer, routeAnswerError } from './call-route';
import { CheckoutError } from './checkout-error';
import { prepareCheckoutInput } from './checkout-schema';
import { FLOWGLAD_ORIGIN } from './defaults';
import { toAllowedRedirectUrl, toDevelopmentLoopbackUrl } from './redirect-rule';
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

/** Pages already told that a checkout without `successUrl` comes back to them (development builds). */
const toldNoSuccessUrl = /* @__PURE__ */ new Set<string>();

/**
 * `process.env.NODE_ENV` is written out at each use because bundlers replace the expression (and then
 * drop what only development builds say); without `process` (an unbundled copy) it reads as production.
 */
async function send(input: CheckoutSessionInput, config: CheckoutConfig): Promise<CheckoutSessionResult> {
  const page = globalThis.location;
  const checkoutSession = prepareCheckoutInput(input, page?.href);
  let production = true;
  try {
    production = process.env.NODE_ENV === 'production';
    if (process.env.NODE_ENV !== 'production' && page && input.successUrl === undefined) {
      if (!toldNoSuccessUrl.has(page.href)) {
        toldNoSuccessUrl.add(page.href);
        console.info(
          `[react-flowglad-checkout] No successUrl: after paying, the shopper comes back to this page (${page.href}), and nothing on it says whether they paid. For a thanks page, pass successUrl="/thanks" (any page of your shop) and show useCheckoutSession()'s status there.`,
        );
      }
    }
  } catch {}
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
      // Only a developer meets this one (a production build against the local stand-in), so production
      // builds say it too; development builds warn of every failure anyway.
      if (production && /^http:/i.test(result.url)) {
        console.warn(
          `[react-flowglad-checkout] unsafe_redirect: ${error.message} Plain http on localhost (a local Flowglad stand-in) is allowed in development builds only.`,
        );
      }
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
