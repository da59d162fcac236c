import { createCheckoutCookies } from './create-checkout-cookies';
import { createErrorReporter } from './create-error-reporter';
import { createFlowgladUpstream } from './create-flowglad-upstream';
import { createSingleFlight } from './create-single-flight';
import { MAX_NOTICES, RETRY_AFTER_SECONDS } from './defaults';
import { errorResponse } from './error-response';
import type { ObtainedSession } from './obtain-checkout-session';
import { isProduction } from './read-env';
import type { HandlerConfig } from './resolve-handler-config';
import { RouteFailure, type RouteFailureKind } from './route-failure';
import type { CheckoutHandlerStage, CheckoutSessionHandlerOptions } from './types';

const QUIET: readonly RouteFailureKind[] = ['aborted', 'session_not_found', 'rate_limited'];

/** What one handler's requests share. */
export interface RouteContext {
  options: CheckoutSessionHandlerOptions;
  config: HandlerConfig;
  upstream: ReturnType<typeof createFlowgladUpstream>;
  cookies: ReturnType<typeof createCheckoutCookies>;
  /** The answer for a failure, reported to `onError` (or the console) unless `report` is false. */
  fail(request: Request, error: unknown, stage?: CheckoutHandlerStage, report?: boolean): Response;
  /** Concurrent identical `POST`s of one browser share one checkout. */
  checkouts: ReturnType<typeof createSingleFlight<ObtainedSession>>;
  /** Tells a developer something once per `key` with `console.warn`, outside production only. */
  notice(key: string, message: string): void;
}

export function createRouteContext(
  options: CheckoutSessionHandlerOptions,
  config: HandlerConfig,
): RouteContext {
  const report = createErrorReporter(options.onError);
  const noticed = new Set<string>();
  return {
    options,
    config,
    upstream: createFlowgladUpstream(config),
    cookies: createCheckoutCookies(config.apiKey, config.appOrigins),
    checkouts: createSingleFlight<ObtainedSession>(),
    fail(request, error, stage = 'internal', reported = true) {
      const failure =
        error instanceof RouteFailure ? error : new RouteFailure('internal', stage, { cause: error });
      const { code, issues } = failure;
      const headers = code === 'rate_limited' ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : undefined;
      const response = errorResponse(code, { message: failure.shopperMessage, issues, headers });
      // Nobody to tell when the shopper left; a session gone from Flowglad is an answer (404), and a
      // request your rateLimit refused is your own decision: neither is a fault.
      if (reported && !QUIET.includes(failure.kind))
        report(failure.cause, { request, stage: failure.stage, status: response.status, code });
      return response;
    },
    notice(key, message) {
      if (isProduction() || noticed.has(key) || noticed.size >= MAX_NOTICES) return;
      noticed.add(key);
      console.warn(`react-flowglad-checkout/server: ${message}`);
    },
  };
}
