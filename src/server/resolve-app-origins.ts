import { isProduction, readEnv } from './read-env';

const ENV_NAME = 'FLOWGLAD_APP_ORIGINS';

const normalise = (origin: unknown, from: string): string => {
  let url: URL | undefined;
  try {
    url = new URL(String(origin));
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
    throw new TypeError(
      `createCheckoutSessionHandler: ${from} holds ${JSON.stringify(String(origin).slice(0, 100))}, which is not an http(s) origin. Use entries like 'https://shop.example.com'.`,
    );
  }
  return url.origin;
};

/**
 * Required in production: without it the request's own origin, from its `Host` header, is trusted,
 * and a client can forge that header.
 */
export function resolveAppOrigins(option: unknown): string[] | undefined {
  if (option !== undefined) {
    if (!Array.isArray(option) || option.length === 0) {
      throw new TypeError(
        "createCheckoutSessionHandler: appOrigins must be a non-empty array of your shop's origins, e.g. ['https://shop.example.com'].",
      );
    }
    return option.map((origin) => normalise(origin, 'appOrigins'));
  }
  const fromEnv = readEnv(ENV_NAME);
  if (fromEnv)
    return fromEnv
      .split(',')
      .flatMap((origin) => (origin.trim() ? [normalise(origin.trim(), ENV_NAME)] : []));
  if (isProduction()) {
    throw new TypeError(
      `createCheckoutSessionHandler needs your shop's public origin(s) in production: pass appOrigins: ['https://shop.example.com'] or set ${ENV_NAME}=https://shop.example.com. They decide which pages may call the route and where successUrl / cancelUrl may point.`,
    );
  }
  console.warn(
    `react-flowglad-checkout/server: no appOrigins (or ${ENV_NAME}) set, so each request's own origin is trusted for the Origin check and return URLs. Fine in development; production refuses to start without it.`,
  );
  return undefined;
}
