/**
 * Adds one `<link rel="preconnect">` for `origin` to the document head, so a coming navigation there
 * skips DNS and TLS set-up. Does nothing without a DOM (server rendering), for a malformed origin, or
 * when the document already has a preconnect for it.
 *
 * @example
 * ```ts
 * preconnect('https://app.flowglad.com');
 * ```
 */
export function preconnect(origin: string): void {
  if (typeof document === 'undefined') return;
  let href: string;
  try {
    href = new URL(origin).origin;
  } catch {
    return;
  }
  for (const link of document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')) {
    if (link.href.replace(/\/$/, '') === href) return;
  }
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = href;
  document.head.appendChild(link);
}
