import { cookies } from 'next/headers';

/** The cookie that says who is signed in. A real store uses its auth library (Auth.js, Clerk…) instead. */
export const SHOPPER_COOKIE = 'shopper';

/** The signed-in shopper's id, or `undefined` when nobody is signed in. */
export async function currentShopper(): Promise<string | undefined> {
  return (await cookies()).get(SHOPPER_COOKIE)?.value;
}
