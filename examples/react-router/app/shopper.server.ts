/** The cookie that says who is signed in. A real store asks its auth library (remix-auth, Clerk…) instead. */
const SHOPPER_COOKIE = 'shopper';

/** The signed-in shopper's id, or `undefined` when nobody is signed in. */
export function currentShopper(request: Request): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === SHOPPER_COOKIE && value) return decodeURIComponent(value);
  }
  return undefined;
}

/** The `Set-Cookie` that signs the demo shopper in. */
export const signInCookie = (shopper: string) =>
  `${SHOPPER_COOKIE}=${encodeURIComponent(shopper)}; Path=/; HttpOnly; SameSite=Lax`;
