import type { CheckoutRouteErrorCode } from './checkout-error';
import { ROUTE_ERRORS } from './route-errors';

/**
 * The shopper sentence for a refused form post's route code, and the marker taken out of the address
 * so a reload does not show it again. Loaded with `import()` only when the URL carries a marker: a page
 * without one never downloads the sentences. It imports nothing the button has (the marker's names
 * come as an argument), so no bundler ties it to the button's code.
 */
export function takeRefusalSentence(
  code: CheckoutRouteErrorCode,
  marker: { error: string; for: string },
): string {
  const url = new URL(location.href);
  url.searchParams.delete(marker.error);
  url.searchParams.delete(marker.for);
  history.replaceState(history.state, '', url);
  return ROUTE_ERRORS[code].sentence;
}
