import { isLoopbackHost } from './is-loopback-host';
import { toAllowedRedirectUrl } from './to-allowed-redirect-url';

/**
 * In development builds only, an `http:` URL on this machine (`localhost`, `127.0.0.1`, `[::1]`) is a
 * redirect target too: a local Flowglad stand-in then works with no configuration. The check is
 * written out here so bundlers drop the rule from production builds; without `process` (an unbundled
 * browser) it is off.
 */
export function toDevelopmentLoopbackUrl(url: string): string | undefined {
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    try {
      const target = new URL(url);
      if (target.protocol === 'http:' && isLoopbackHost(target))
        return toAllowedRedirectUrl(url, [target.origin]);
    } catch {}
  }
  return undefined;
}
