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

/**
 * Development builds accept `http:` loopback redirects, so a local stand-in needs no configuration.
 * `process.env.NODE_ENV` is written out for bundlers to replace; without `process` the rule is off.
 */
export function toDevelopmentLoopbackUrl(url: string): string | undefined {
  try {
    if (process.env.NODE_ENV !== 'production') {
      const target = new URL(url);
      if (target.protocol === 'http:' && isLoopbackHost(target))
        return toAllowedRedirectUrl(url, [target.origin]);
    }
  } catch {}
  return undefined;
}

/** This machine, where a local stand-in lives: the only place plain `http` is allowed. */
export function isLoopbackHost(url: URL): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])$/i.test(url.hostname);
}
