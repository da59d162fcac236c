import { getCookie, setCookie } from '@tanstack/react-start/server';

/** The cookie that says who is signed in. A real store asks its auth library (Better Auth, Clerk…) instead. */
const SHOPPER_COOKIE = 'shopper';

/** The signed-in shopper's id, or `undefined` (inside a server function or server route). */
export const currentShopper = (): string | undefined => getCookie(SHOPPER_COOKIE);

/** Signs the demo shopper in (inside a server function). */
export const signInShopper = (shopper: string) =>
  setCookie(SHOPPER_COOKIE, shopper, { path: '/', httpOnly: true, sameSite: 'lax' });
