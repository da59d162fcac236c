/** Warms up DNS and TLS before the redirect; does nothing without a DOM, for a bad origin, or twice. */
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
