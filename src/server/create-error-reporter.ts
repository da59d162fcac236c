import { isProduction } from './read-env';
import type { CheckoutHandlerErrorContext, CheckoutSessionHandlerOptions } from './types';

/**
 * Where the route's errors go: to `onError` when given (a logger that throws is ignored: it must not
 * turn a clean refusal into a crash), else to `console.error` outside production — so a developer never
 * meets a silent 502.
 *
 * @example
 * ```ts
 * const report = createErrorReporter(options.onError);
 * report(error, { request, stage: 'create_session', status: 502, code: 'upstream_error' });
 * ```
 */
export function createErrorReporter(onError: CheckoutSessionHandlerOptions['onError']) {
  return (error: unknown, context: CheckoutHandlerErrorContext): void => {
    if (onError) {
      try {
        onError(error, context);
      } catch {
        // Ignored on purpose (see above).
      }
      return;
    }
    if (isProduction()) return;
    console.error(
      `react-flowglad-checkout/server: ${context.stage} failed, the shopper was answered ${context.status} ${context.code}. Pass onError to log this your way.`,
      error,
    );
  };
}
