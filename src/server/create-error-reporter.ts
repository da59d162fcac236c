import { isProduction } from './read-env';
import type { CheckoutHandlerErrorContext, CheckoutSessionHandlerOptions } from './types';

/**
 * A developer never meets a silent 502: errors go to `onError` (one that throws or rejects is ignored),
 * else to `console.error` outside production.
 */
export function createErrorReporter(onError: CheckoutSessionHandlerOptions['onError']) {
  return (error: unknown, context: CheckoutHandlerErrorContext): void => {
    if (onError) {
      try {
        // An async logger that rejects (its service is down) must not become an unhandled rejection,
        // which ends a Node process.
        const result: unknown = onError(error, context);
        if (typeof (result as PromiseLike<unknown> | null)?.then === 'function') {
          Promise.resolve(result).catch(() => {});
        }
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
