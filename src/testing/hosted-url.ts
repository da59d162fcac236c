import type { StandInCheckoutSession } from './types';

/** As Flowglad builds them: `/add-payment-method/{id}` only at creation, `/checkout/{id}` when read back. */
export const hostedUrl = (
  origin: string,
  session: StandInCheckoutSession,
  purpose: 'create' | 'read' = 'create',
) =>
  `${origin}/${purpose === 'create' && session.type === 'add_payment_method' ? 'add-payment-method' : 'checkout'}/${session.id}`;
