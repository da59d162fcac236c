/**
 * The redirect rule: the normalised URL when it is absolute http(s), without credentials, on one of
 * `allowedOrigins` exactly; else `undefined` (`javascript:`, `data:`, `//host`, relative, malformed).
 */
export function toAllowedRedirectUrl(url: unknown, allowedOrigins: readonly string[]): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const target = new URL(url);
    if (!/^https?:$/.test(target.protocol) || target.username || target.password) return undefined;
    return allowedOrigins.some((origin) => new URL(origin).origin === target.origin)
      ? target.href
      : undefined;
  } catch {
    return undefined;
  }
}
