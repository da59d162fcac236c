import type { StandInCheckoutSession } from './flowglad-stand-in';

/**
 * An open session past its expiry reads as expired, as on the real server.
 *
 * @example
 * ```ts
 * if (refreshSessionStatus(session).status !== 'open') return closedPage();
 * ```
 */
export const refreshSessionStatus = (session: StandInCheckoutSession) => {
  if (session.status === 'open' && Date.now() > session.expires) session.status = 'expired';
  return session;
};
