import { isLoopbackHost } from './is-loopback-host';
import { toAllowedRedirectUrl } from './to-allowed-redirect-url';

/**
 * In development builds only, an `http:` URL on this machine (`localhost`, `127.0.0.1`, `[::1]`) is a
 * redirect target too: a local Flowglad stand-in then works with no configuration. Written out here
 * for bundlers to replace `process.env.NODE_ENV` (production builds keep none of it); unbundled,
 * without `process`, the rule is off.
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
