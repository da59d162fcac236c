import type { CheckoutEvent } from '../src/index';

declare global {
  interface Window {
    dataLayer?: Record<string, unknown>[];
  }
}

/**
 * The README's Google Tag Manager recipe, as the demo store runs it: each checkout event becomes a
 * `dataLayer` entry (`checkout_started`, `checkout_session_created`, `checkout_redirecting`,
 * `checkout_failed`, `checkout_returned`) carrying the input's fields. Open the console and type
 * `dataLayer` to see them.
 *
 * @example
 * ```tsx
 * <CheckoutProvider onCheckoutEvent={pushCheckoutEvent}>{page}</CheckoutProvider>
 * ```
 */
export function pushCheckoutEvent(event: CheckoutEvent) {
  window.dataLayer ??= [];
  if (event.type === 'failed') {
    window.dataLayer.push({
      event: 'checkout_failed',
      ...event.input,
      code: event.error.routeCode ?? event.error.code,
    });
    return;
  }
  const { type, ...detail } = event;
  window.dataLayer.push({ event: `checkout_${type}`, ...('input' in detail ? detail.input : {}), ...detail });
}
