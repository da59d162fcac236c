import { createCheckoutCookies } from './create-checkout-cookies';
import { createErrorReporter } from './create-error-reporter';
import { createFlowgladUpstream } from './create-flowglad-upstream';
import { errorResponse } from './error-response';
import { isProduction } from './read-env';
import type { HandlerConfig } from './resolve-handler-config';
import { RouteFailure, type RouteFailureKind } from './route-failure';
import type { CheckoutHandlerStage, CheckoutSessionHandlerOptions } from './types';

/** How long a client refused by `rateLimit` is asked to wait, in seconds (`Retry-After`). */
const RETRY_AFTER_SECONDS = 60;
const QUIET: readonly RouteFailureKind[] = ['aborted', 'session_not_found', 'rate_limited'];

/** What one handler's requests share. */
export interface RouteContext {
  options: CheckoutSessionHandlerOptions;
  config: HandlerConfig;
  upstream: ReturnType<typeof createFlowgladUpstream>;
  cookies: ReturnType<typeof createCheckoutCookies>;
  fail(request: Request, error: unknown, stage?: CheckoutHandlerStage): Response;
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
    fail(request, error, stage = 'internal') {
      const failure =
        error instanceof RouteFailure ? error : new RouteFailure('internal', stage, { cause: error });
      const { code, issues } = failure;
      const headers = code === 'rate_limited' ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : undefined;
      const response = errorResponse(code, { message: failure.shopperMessage, issues, headers });
      // Nobody to tell when the shopper left; a session gone from Flowglad is an answer (404), and a
      // request your rateLimit refused is your own decision: neither is a fault.
      if (!QUIET.includes(failure.kind))
        report(failure.cause, { request, stage: failure.stage, status: response.status, code });
      return response;
    },
    notice(key, message) {
      // Bounded: a stream of distinct keys (origins an attacker makes up) cannot grow it without end.
      if (isProduction() || noticed.has(key) || noticed.size >= 100) return;
      noticed.add(key);
      console.warn(`react-flowglad-checkout/server: ${message}`);
    },
  };
}
