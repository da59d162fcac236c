/** This machine, where a local stand-in lives: the only place plain `http` is allowed. */
export function isLoopbackHost(url: URL): boolean {
  return /^(localhost|127\.0\.0\.1|\[::1\])$/i.test(url.hostname);
}
