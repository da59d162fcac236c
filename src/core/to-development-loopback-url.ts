import { isLoopbackHost } from './is-loopback-host';
import { toAllowedRedirectUrl } from './to-allowed-redirect-url';

/**
 * Development builds accept `http:` loopback redirects, so a local stand-in needs no configuration.
 * `process.env.NODE_ENV` is written out for bundlers to replace; without `process` the rule is off.
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
