import { callCheckoutRoute, readRouteAnswer, routeAnswerError } from './call-route';
import { warnInDevelopment } from './dev-messages';
import { type CheckoutConfig, type CheckoutSessionSummary, SESSION_STATUSES } from './types';

/**
 * Asks your checkout route for the checkout this browser started last — the framework-free call under
 * {@link useCheckoutSession}. It sends `GET {endpoint}` (the route recognises the browser by the cookie
 * its POST answer set) within `timeoutMs`, and resolves to the session's summary, or to `null` when
 * there is none (`200 { checkoutSession: null }`, or an older route's `404 no_checkout_session`). Anything else rejects with a {@link CheckoutError}.
 *
 * @example
 * ```ts
 * import { getCheckoutSession } from 'react-flowglad-checkout';
 * const session = await getCheckoutSession({ endpoint: '/api/checkout-sessions' });
 * if (session?.status === 'succeeded') showThanks();
 * ```
 */
export async function getCheckoutSession(
  config: CheckoutConfig = {},
): Promise<CheckoutSessionSummary | null> {
  try {
    return await callCheckoutRoute(config, async (response, endpoint) => {
      const answer = await readRouteAnswer(response, endpoint);
      const session = answer.body?.checkoutSession;
      if (answer.ok && session === null) return null;
      if (answer.ok && typeof session?.id === 'string' && Object.hasOwn(SESSION_STATUSES, session.status)) {
        return session as CheckoutSessionSummary;
      }
      const error = routeAnswerError(answer, endpoint, 'checkoutSession');
      if (error.routeCode === 'no_checkout_session') return null;
      throw error;
    });
  } catch (error) {
    warnInDevelopment(error, 'GET');
    throw error;
  }
}
