/**
 * The redirect rule: `url` must be an absolute `http(s):` URL whose origin is in `allowedOrigins`
 * exactly. `javascript:`, `data:`, protocol-relative (`//host`), relative and malformed URLs never pass.
 * Returns the normalised URL to navigate to, or `undefined` when it is not allowed.
 *
 * Callers decide which origins are allowed; `http:` origins should be listed only explicitly.
 *
 * @example
 * ```ts
 * isAllowedRedirect('https://app.flowglad.com/checkout/x', ['https://app.flowglad.com']); // → 'https://app.flowglad.com/checkout/x'
 * isAllowedRedirect('javascript:alert(1)', ['https://app.flowglad.com']); // → undefined
 * ```
 */
export function isAllowedRedirect(url: unknown, allowedOrigins: readonly string[]): string | undefined {
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
