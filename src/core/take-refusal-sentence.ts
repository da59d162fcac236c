import { SHOPPER_MESSAGES } from './shopper-messages';
import type { CheckoutRouteErrorCode } from './types';

/**
 * The shopper sentence for a refused form post's code, and the marker taken out of the address so a
 * reload does not show it again. Loaded with `import()` only when the URL carries a marker: a page
 * without one never downloads the sentences. It imports nothing the button already has, so bundlers
 * keep it apart.
 */
export function takeRefusalSentence(code: CheckoutRouteErrorCode): string {
  const url = new URL(location.href);
  url.searchParams.delete('checkout_error');
  url.searchParams.delete('checkout_for');
  history.replaceState(history.state, '', url);
  return SHOPPER_MESSAGES[code];
}
