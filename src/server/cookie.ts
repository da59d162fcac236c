/**
 * The confirmation cookie: signed with a key of its own, `__Host-` on https, with fixed attributes,
 * naming the session, its owner and which checkout it was.
 */
import { COOKIE_MAX_AGE_SECONDS, MAX_COOKIE_CANDIDATES } from './defaults';

/**
 * On https the cookie is `__Host-` prefixed: browsers take it only from this very host, `Secure`, with
 * `Path=/` and no `Domain`, so a sibling subdomain cannot plant one that wins. Plain http (this machine,
 * in development) cannot carry the prefix.
 */
const NAMES = { secure: '__Host-flowglad_checkout', plain: 'flowglad_checkout' } as const;
const KEY_LABEL = 'react-flowglad-checkout/checkout-cookie/v1';
const SAFE_ID = /^[A-Za-z0-9_-]{1,200}$/;

const encoder = new TextEncoder();
const toBase64Url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> | undefined => {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0)) as Uint8Array<ArrayBuffer>;
  } catch {
    return undefined;
  }
};

/** An HMAC key of its own for the cookie, derived from the secret key (Web Crypto: Node and edge runtimes alike). */
async function deriveKey(secret: string): Promise<CryptoKey> {
  const hmac = { name: 'HMAC', hash: 'SHA-256' } as const;
  const root = await crypto.subtle.importKey('raw', encoder.encode(secret), hmac, false, ['sign']);
  const derived = await crypto.subtle.sign('HMAC', root, encoder.encode(KEY_LABEL));
  return crypto.subtle.importKey('raw', derived, hmac, false, ['sign', 'verify']);
}

/** Whether the browser reached the shop over https (behind a proxy that does not say so, its `Origin` or `appOrigins` tell). */
function isSecure(request: Request, appOrigins: readonly string[] | undefined): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  if (request.headers.get('origin')?.startsWith('https:')) return true;
  return appOrigins?.every((origin) => origin.startsWith('https:')) ?? false;
}

/** The values of the checkout cookies this request may be trusted with: never a plain one on https. */
function readCookies(request: Request, appOrigins: readonly string[] | undefined): string[] {
  const names: readonly string[] = isSecure(request, appOrigins)
    ? [NAMES.secure]
    : [NAMES.secure, NAMES.plain];
  const values: string[] = [];
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name = '', ...value] = part.trim().split('=');
    if (names.includes(name)) values.push(value.join('='));
  }
  return values.slice(0, MAX_COOKIE_CANDIDATES);
}

/** What a valid checkout cookie says: the session, and the fingerprint of the checkout it was created for. */
export interface CheckoutCookie {
  sessionId: string;
  fingerprint: string;
}

const FINGERPRINT = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The checkout cookie is `<session id>.<fingerprint>.<HMAC of the id, its owner and the fingerprint>`: a
 * browser reads back only a session it was given, a signed-in shopper only their own (or this browser's
 * guest checkout), and the fingerprint says which checkout it was, for reusing it.
 */
export function createCheckoutCookies(secret: string, appOrigins?: readonly string[]) {
  let key: Promise<CryptoKey> | undefined;
  const hmacKey = () => {
    key ??= deriveKey(secret);
    return key;
  };
  const signed = (sessionId: string, owner: string, fingerprint: string) =>
    encoder.encode(`${sessionId}\n${owner}\n${fingerprint}`);

  return {
    /** The `Set-Cookie` value for a session this request created, or `undefined` for an id unfit for a cookie. */
    async issue(
      request: Request,
      sessionId: string,
      owner: string,
      fingerprint: string,
    ): Promise<string | undefined> {
      if (!SAFE_ID.test(sessionId) || !FINGERPRINT.test(fingerprint)) return undefined;
      const signature = await crypto.subtle.sign(
        'HMAC',
        await hmacKey(),
        signed(sessionId, owner, fingerprint),
      );
      const secure = isSecure(request, appOrigins);
      // Fixed attributes: nothing here comes from the request (its path could carry `;Domain=…`).
      const attributes = ['Path=/', `Max-Age=${COOKIE_MAX_AGE_SECONDS}`, 'HttpOnly', 'SameSite=Lax'];
      if (secure) attributes.push('Secure');
      const name = secure ? NAMES.secure : NAMES.plain;
      return [`${name}=${sessionId}.${fingerprint}.${toBase64Url(signature)}`, ...attributes].join('; ');
    },
    /** Whether the request carries a checkout cookie it may be trusted with at all. */
    present: (request: Request) => readCookies(request, appOrigins).length > 0,
    /** The first of the request's cookies whose signature matches one of `owners`. */
    async read(request: Request, owners: readonly string[]): Promise<CheckoutCookie | undefined> {
      for (const value of readCookies(request, appOrigins)) {
        const [sessionId = '', fingerprint = '', encoded = '', ...rest] = value.split('.');
        const signature = fromBase64Url(encoded);
        if (rest.length > 0 || !SAFE_ID.test(sessionId) || !FINGERPRINT.test(fingerprint) || !signature) {
          continue;
        }
        for (const owner of owners) {
          const message = signed(sessionId, owner, fingerprint);
          if (await crypto.subtle.verify('HMAC', await hmacKey(), signature, message)) {
            return { sessionId, fingerprint };
          }
        }
      }
      return undefined;
    },
  };
}

/** A short, stable digest of a validated checkout (keys sorted at every depth), as the cookie carries it. */
export async function checkoutFingerprint(session: object): Promise<string> {
  const canonical = JSON.stringify(session, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(canonical));
  return toBase64Url(digest.slice(0, 16));
}

/** The cookie owner a buyer's checkout is signed for. */
export const cookieOwner = (externalId: string | undefined) =>
  externalId === undefined ? 'guest' : `customer:${externalId}`;
