const REDACTED = '[redacted]';

/**
 * A copy of a JSON value with every occurrence of `secret` replaced by `[redacted]` (in strings and
 * keys alike), for anything relayed from Flowglad to the browser: were Flowglad ever to echo the
 * secret key, it would stop here. Throws on a value JSON cannot hold (too deep, cyclic).
 *
 * @example
 * ```ts
 * const safe = scrubSecret(answer.checkoutSession, apiKey);
 * ```
 */
export function scrubSecret<T>(value: T, secret: string): T {
  const text = JSON.stringify(value);
  if (text === undefined || !text.includes(secret)) return value;
  return JSON.parse(text.replaceAll(secret, REDACTED)) as T;
}

/**
 * A string with every occurrence of `secret` replaced by `[redacted]`.
 *
 * @example
 * ```ts
 * scrubText(`key ${apiKey} refused`, apiKey); // → 'key [redacted] refused'
 * ```
 */
export const scrubText = (text: string, secret: string) => text.replaceAll(secret, REDACTED);
