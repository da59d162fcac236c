/**
 * From what the user passed (`options`) to what one handler runs with (`settings`): every option
 * checked once, at construction — a broken one fails at start-up saying what to pass, never on a
 * shopper — and every default and environment variable filled in.
 */
import { FLOWGLAD_ORIGIN, isTimeoutMs, MAX_INT32 } from '../core/defaults';
import { isLoopbackHost } from '../core/redirect-rule';
import { DEFAULT_HANDLER_TIMEOUT_MS } from './defaults';
import type { CheckoutSessionHandlerOptions } from './types';

/** Read defensively: edge runtimes may have no `process`. */
function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

export const isProduction = () => readEnv('NODE_ENV') === 'production';

const KNOWN_OPTIONS = {
  apiKey: true,
  baseUrl: true,
  getCustomer: true,
  appOrigins: true,
  guestCheckout: true,
  authorize: true,
  timeoutMs: true,
  onError: true,
  rateLimit: true,
  reuseOpenSessions: true,
} as const satisfies Record<keyof CheckoutSessionHandlerOptions, true>;

const RETIRED_OPTIONS: Record<string, string> = {
  allowedRedirectOrigins:
    "allowedRedirectOrigins was renamed appOrigins (your shop's public origins: the Origin check and where successUrl / cancelUrl may point). Rename the option.",
  customerCacheSize:
    'customerCacheSize is gone: the route no longer remembers customers (a returning customer costs one call on any server). Remove the option.',
};

const invalidOption = (message: string): never => {
  throw new TypeError(`createCheckoutSessionHandler: ${message}`);
};

function checkOptionNames(options: object): void {
  for (const name of Object.keys(options)) {
    const retired = RETIRED_OPTIONS[name];
    if (retired) invalidOption(retired);
    if (!(name in KNOWN_OPTIONS))
      invalidOption(
        `unknown option ${JSON.stringify(name)}. Known options: ${Object.keys(KNOWN_OPTIONS).join(', ')}.`,
      );
  }
  const { guestCheckout, authorize, onError, rateLimit, reuseOpenSessions } = options as Record<
    string,
    unknown
  >;
  checkGuestCheckout(guestCheckout);
  if (authorize !== undefined && typeof authorize !== 'function')
    invalidOption('authorize must be a function (input, customer) => boolean.');
  if (onError !== undefined && typeof onError !== 'function')
    invalidOption('onError must be a function (error, context) => void.');
  if (reuseOpenSessions !== undefined && typeof reuseOpenSessions !== 'boolean')
    invalidOption('reuseOpenSessions must be true (the default) or false.');
  if (rateLimit !== undefined && typeof rateLimit !== 'function')
    invalidOption('rateLimit must be a function (request, { method, input }) => boolean: false answers 429.');
}

/** `true` (one-off prices), a list of what guests may buy, or a function deciding per checkout. */
function checkGuestCheckout(value: unknown): void {
  if (value === undefined || typeof value === 'boolean' || typeof value === 'function') return;
  const prices = (value as { prices?: unknown } | null)?.prices;
  const listed =
    Array.isArray(prices) && prices.length > 0 && prices.every((price) => typeof price === 'string' && price);
  if (!listed) {
    invalidOption(
      "guestCheckout must be true, false, { prices: […] } or a function (request, input) => boolean; prices is a non-empty list of the price ids or slugs guests may buy, e.g. { prices: ['price_tee', 'mug'] }.",
    );
  }
}

/** Flowglad's origin: https, or http on a loopback stand-in only (the key travels in every request). */
function resolveBaseUrl(option: unknown): string {
  const value = option ?? readEnv('FLOWGLAD_BASE_URL') ?? FLOWGLAD_ORIGIN;
  let url: URL | undefined;
  try {
    url = new URL(String(value));
  } catch {
    url = undefined;
  }
  if (!url || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    return invalidOption(
      `baseUrl (or FLOWGLAD_BASE_URL) must be Flowglad's origin alone, such as ${FLOWGLAD_ORIGIN} (no path: /api/v1 is added by the client).`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url))) {
    return invalidOption(
      `baseUrl ${url.origin} would send your secret key in clear: use https (plain http only for a stand-in on localhost / 127.0.0.1).`,
    );
  }
  return url.origin;
}

function resolveTimeout(option: unknown): number {
  const timeoutMs = option ?? DEFAULT_HANDLER_TIMEOUT_MS;
  if (!isTimeoutMs(timeoutMs)) {
    return invalidOption(
      `timeoutMs must be a whole number of milliseconds from 1 to ${MAX_INT32} (e.g. ${DEFAULT_HANDLER_TIMEOUT_MS}).`,
    );
  }
  return timeoutMs;
}

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
function resolveAppOrigins(option: unknown): string[] | undefined {
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

/** Checked once, at construction: a broken option fails at start-up saying what to pass, never on a shopper. */
export function resolveHandlerSettings(options: CheckoutSessionHandlerOptions) {
  if (typeof options !== 'object' || options === null || typeof options.getCustomer !== 'function') {
    invalidOption(
      'getCustomer(request) is required: return { externalId, email, name? } for the signed-in shopper, or null when nobody is signed in.',
    );
  }
  checkOptionNames(options);
  const apiKey =
    (typeof options.apiKey === 'string' ? options.apiKey.trim() : undefined) ||
    readEnv('FLOWGLAD_SECRET_KEY');
  if (!apiKey) {
    invalidOption(
      'your Flowglad secret key is missing: set the FLOWGLAD_SECRET_KEY environment variable on the server (or pass apiKey). Never expose it to the browser.',
    );
  }
  return {
    apiKey: apiKey as string,
    baseUrl: resolveBaseUrl(options.baseUrl),
    timeoutMs: resolveTimeout(options.timeoutMs),
    appOrigins: resolveAppOrigins(options.appOrigins),
    reuseOpenSessions: options.reuseOpenSessions !== false,
  };
}

/** What one handler runs with: its options checked, defaulted and read from the environment. */
export type HandlerSettings = ReturnType<typeof resolveHandlerSettings>;
