import { cookies } from 'next/headers';

/** The cookie that says who is signed in. A real store uses its auth library (Auth.js, Clerk…) instead. */
export const SHOPPER_COOKIE = 'shopper';

/** The shopper named by a `Cookie` header (a route's request), or `undefined` when nobody is signed in. */
export function shopperFromCookieHeader(header: string | null | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === SHOPPER_COOKIE && value) return decodeURIComponent(value);
  }
  return undefined;
}

/** The signed-in shopper's id in a server component or Server Action, or `undefined`. */
export async function currentShopper(): Promise<string | undefined> {
  return (await cookies()).get(SHOPPER_COOKIE)?.value;
}
