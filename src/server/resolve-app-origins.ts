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
 * Required in production; elsewhere, without it, only loopback requests are served (see `shopOrigins`):
 * the request's own origin comes from its `Host` header, which a client can forge.
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
  if (fromEnv) {
    const origins = fromEnv
      .split(',')
      .flatMap((origin) => (origin.trim() ? [normalise(origin.trim(), ENV_NAME)] : []));
    if (origins.length === 0) {
      throw new TypeError(
        `createCheckoutSessionHandler: ${ENV_NAME} holds no origin (${JSON.stringify(fromEnv.slice(0, 100))}). Set it to your shop's public origin(s), comma-separated: ${ENV_NAME}=https://shop.example.com.`,
      );
    }
    return origins;
  }
  if (isProduction()) {
    throw new TypeError(
      `createCheckoutSessionHandler needs your shop's public origin(s) in production: pass appOrigins: ['https://shop.example.com'] or set ${ENV_NAME}=https://shop.example.com. They decide which pages may call the route and where successUrl / cancelUrl may point.`,
    );
  }
  console.warn(
    `react-flowglad-checkout/server: no appOrigins (or ${ENV_NAME}) set, so only requests on this machine (localhost, 127.0.0.1, [::1]) are served, each trusting its own origin; any other origin is refused. Fine in development; set your shop's public origin(s) before you deploy (production refuses to start without them).`,
  );
  return undefined;
}
