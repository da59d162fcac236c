import type { StandInState } from './create-stand-in-state';
import type { StandInCheckoutSession } from './flowglad-stand-in';

/**
 * Where a session's hosted page lives, as the real server builds it.
 *
 * @example
 * ```ts
 * hostedUrl(state, session); // → 'http://127.0.0.1:4010/checkout/chckt_session_…'
 * ```
 */
export const hostedUrl = (state: StandInState, session: StandInCheckoutSession): string =>
  `${state.baseUrl}/${session.type === 'add_payment_method' ? 'add-payment-method' : 'checkout'}/${session.id}`;
