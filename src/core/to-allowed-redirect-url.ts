/**
 * The redirect rule: `url` must be an absolute `http(s):` URL without credentials whose origin is in
 * `allowedOrigins` exactly. `javascript:`, `data:`, protocol-relative (`//host`), relative and
 * malformed URLs never pass. Returns the normalised URL to navigate to, or `undefined`.
 *
 * Callers decide which origins are allowed; `http:` origins should be listed only explicitly.
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
