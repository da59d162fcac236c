/**
 * Whether a URL's host is this machine (`localhost`, `127.0.0.1`, `[::1]`): where a
 * local Flowglad stand-in lives, the only place plain `http` is allowed (for the route's key; for the
 * browser's redirect in development builds).
 */
export function isLoopbackHost(url: URL): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])$/i.test(url.hostname);
}
