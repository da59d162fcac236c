/**
 * Whether a URL's host is this machine (`localhost`, `*.localhost`, 127.0.0.0/8, `[::1]`): the only
 * place plain `http` is allowed for Flowglad — a stand-in — since the secret key travels to it.
 *
 * @example
 * ```ts
 * isLoopbackHost(new URL('http://127.0.0.1:4010')); // → true
 * ```
 */
export function isLoopbackHost(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(host)
  );
}
