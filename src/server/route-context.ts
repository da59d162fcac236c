/**
 * What one handler's requests share (`RouteContext`), and the shapes of a `POST`'s checkout passed
 * between its parts.
 */
import type { CheckoutSessionBody } from '../core/checkout-schema';
import { createCheckoutCookies } from './cookie';
import { MAX_NOTICES } from './defaults';
import type { CheckedSessionAnswer } from './flowglad-client';
import { createFlowgladUpstream } from './flowglad-upstream';
import { type HandlerSettings, isProduction } from './options';
import { createFailureAnswer } from './refusal';
import { createSingleFlight } from './shared-calls';
import type { Buyer, CheckoutSessionHandlerOptions } from './types';

/** What a `POST` answers: the session, who it was created for, and whether it was this browser's already. */
export interface ObtainedSession {
  answer: CheckedSessionAnswer;
  paidBy: Buyer;
  reused: boolean;
}

/** The checkout one `POST` asks for, and who asks. */
export interface CheckoutRequest {
  request: Request;
  session: CheckoutSessionBody;
  buyer: Buyer;
  /** The digest of `session` the cookie carries. */
  fingerprint: string;
}

/**
 * What one handler's requests share: the options as passed (its callbacks), the settings they became,
 * the Flowglad client, the cookie, the answer for a refusal or failure, and the calls in flight.
 */
export interface RouteContext {
  options: CheckoutSessionHandlerOptions;
  settings: HandlerSettings;
  upstream: ReturnType<typeof createFlowgladUpstream>;
  cookies: ReturnType<typeof createCheckoutCookies>;
  /** The answer for a thrown refusal or failure, reported to `onError` (or the console) unless `reported` is false. */
  answer: ReturnType<typeof createFailureAnswer>;
  /** Concurrent identical `POST`s of one browser share one checkout. */
  checkouts: ReturnType<typeof createSingleFlight<ObtainedSession>>;
  /** Tells a developer something once per `key` with `console.warn`, outside production only. */
  notice(key: string, message: string): void;
}

export function createRouteContext(
  options: CheckoutSessionHandlerOptions,
  settings: HandlerSettings,
): RouteContext {
  const noticed = new Set<string>();
  return {
    options,
    settings,
    upstream: createFlowgladUpstream(settings),
    cookies: createCheckoutCookies(settings.apiKey, settings.appOrigins),
    answer: createFailureAnswer(options.onError),
    checkouts: createSingleFlight<ObtainedSession>(),
    notice(key, message) {
      if (isProduction() || noticed.has(key) || noticed.size >= MAX_NOTICES) return;
      noticed.add(key);
      console.warn(`react-flowglad-checkout/server: ${message}`);
    },
  };
}
