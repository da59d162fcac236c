import { FLOWGLAD_ORIGIN, isTimeoutMs, MAX_INT32 } from '../core/defaults';
import { isLoopbackHost } from '../core/redirect-rule';
import { DEFAULT_HANDLER_TIMEOUT_MS } from './defaults';
import { readEnv } from './read-env';
import { resolveAppOrigins } from './resolve-app-origins';
import type { CheckoutSessionHandlerOptions } from './types';

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

const fail = (message: string): never => {
  throw new TypeError(`createCheckoutSessionHandler: ${message}`);
};

function checkOptionNames(options: object): void {
  for (const name of Object.keys(options)) {
    const retired = RETIRED_OPTIONS[name];
    if (retired) fail(retired);
    if (!(name in KNOWN_OPTIONS))
      fail(
        `unknown option ${JSON.stringify(name)}. Known options: ${Object.keys(KNOWN_OPTIONS).join(', ')}.`,
      );
  }
  const { guestCheckout, authorize, onError, rateLimit, reuseOpenSessions } = options as Record<
    string,
    unknown
  >;
  checkGuestCheckout(guestCheckout);
  if (authorize !== undefined && typeof authorize !== 'function')
    fail('authorize must be a function (input, customer) => boolean.');
  if (onError !== undefined && typeof onError !== 'function')
    fail('onError must be a function (error, context) => void.');
  if (reuseOpenSessions !== undefined && typeof reuseOpenSessions !== 'boolean')
    fail('reuseOpenSessions must be true (the default) or false.');
  if (rateLimit !== undefined && typeof rateLimit !== 'function')
    fail('rateLimit must be a function (request, { method, input }) => boolean: false answers 429.');
}

/** `true` (one-off prices), a list of what guests may buy, or a function deciding per checkout. */
function checkGuestCheckout(value: unknown): void {
  if (value === undefined || typeof value === 'boolean' || typeof value === 'function') return;
  const prices = (value as { prices?: unknown } | null)?.prices;
  const listed =
    Array.isArray(prices) && prices.length > 0 && prices.every((price) => typeof price === 'string' && price);
  if (!listed) {
    fail(
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
    return fail(
      `baseUrl (or FLOWGLAD_BASE_URL) must be Flowglad's origin alone, such as ${FLOWGLAD_ORIGIN} (no path: /api/v1 is added by the client).`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url))) {
    return fail(
      `baseUrl ${url.origin} would send your secret key in clear: use https (plain http only for a stand-in on localhost / 127.0.0.1).`,
    );
  }
  return url.origin;
}

function resolveTimeout(option: unknown): number {
  const timeoutMs = option ?? DEFAULT_HANDLER_TIMEOUT_MS;
  if (!isTimeoutMs(timeoutMs)) {
    return fail(
      `timeoutMs must be a whole number of milliseconds from 1 to ${MAX_INT32} (e.g. ${DEFAULT_HANDLER_TIMEOUT_MS}).`,
    );
  }
  return timeoutMs;
}

/** Checked once, at construction: a broken option fails at start-up saying what to pass, never on a shopper. */
export function resolveHandlerConfig(options: CheckoutSessionHandlerOptions) {
  if (typeof options !== 'object' || options === null || typeof options.getCustomer !== 'function') {
    fail(
      'getCustomer(request) is required: return { externalId, email, name? } for the signed-in shopper, or null when nobody is signed in.',
    );
  }
  checkOptionNames(options);
  const apiKey =
    (typeof options.apiKey === 'string' ? options.apiKey.trim() : undefined) ||
    readEnv('FLOWGLAD_SECRET_KEY');
  if (!apiKey) {
    fail(
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

/** The checked settings of one handler. */
export type HandlerConfig = ReturnType<typeof resolveHandlerConfig>;
