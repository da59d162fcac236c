import type { StandInCheckoutSession } from './types';

/**
 * Where a session's hosted page lives: `/add-payment-method/{id}` for that type when it is created,
 * `/checkout/{id}` otherwise — and always `/checkout/{id}` when read back (`purpose: 'read'`), as
 * Flowglad builds them. The origin is the one the API request came to.
 *
 * @example
 * ```ts
 * hostedUrl('http://127.0.0.1:4010', session); // → 'http://127.0.0.1:4010/checkout/chckt_session_…'
 * ```
 */
export const hostedUrl = (
  origin: string,
  session: StandInCheckoutSession,
  purpose: 'create' | 'read' = 'create',
) =>
  `${origin}/${purpose === 'create' && session.type === 'add_payment_method' ? 'add-payment-method' : 'checkout'}/${session.id}`;
