/**
 * Adds one `<link rel="preconnect">` for `origin` to the document head, so a coming navigation there
 * skips DNS and TLS set-up. Does nothing without a DOM (server rendering), for a malformed origin, or
 * when the document already has a preconnect for it.
 */
export function preconnect(origin: string): void {
  try {
    const href = new URL(origin).origin;
    if (!document.head.querySelector(`link[rel=preconnect][href="${href}"]`)) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preconnect', href }));
    }
  } catch {
    // No DOM (server rendering) or a malformed origin: nothing to warm up.
  }
}
