import type { CheckoutSessionHandlerOptions } from './checkout-session-handler-options';

const DEFAULT_BASE_URL = 'https://app.flowglad.com';

/** The environment, read defensively: edge runtimes may have no `process`. */
const env = (name: string): string | undefined => {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    name
  ];
  return value?.trim() ? value.trim() : undefined;
};

const normaliseOrigin = (origin: string): string => {
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new TypeError(
      `createCheckoutSessionHandler: allowedRedirectOrigins holds ${JSON.stringify(String(origin).slice(0, 100))}, which is not an http(s) origin. Use entries like 'https://shop.example.com'.`,
    );
  }
  return url.origin;
};

/**
 * Checks {@link createCheckoutSessionHandler}'s options once, at construction, and fills in the defaults
 * (the secret key and base URL from the environment, 10 s, 1,000 customers). Throws with a message
 * that says what to set; the message never holds the key.
 *
 * @example
 * ```ts
 * const { apiKey, baseUrl, timeoutMs } = resolveHandlerConfig({ getCustomer });
 * ```
 */
export function resolveHandlerConfig(options: CheckoutSessionHandlerOptions) {
  if (!isRecord(options) || typeof options.getCustomer !== 'function') {
    throw new TypeError(
      'createCheckoutSessionHandler needs getCustomer(request): return { externalId, name?, email? } for the signed-in shopper, or null when nobody is signed in.',
    );
  }
  const apiKey = options.apiKey?.trim() || env('FLOWGLAD_SECRET_KEY');
  if (!apiKey) {
    throw new TypeError(
      'createCheckoutSessionHandler needs your Flowglad secret key: set the FLOWGLAD_SECRET_KEY environment variable on the server (or pass apiKey). Never expose it to the browser.',
    );
  }
  const baseUrl = options.baseUrl ?? env('FLOWGLAD_BASE_URL') ?? DEFAULT_BASE_URL;
  try {
    new URL(baseUrl);
  } catch {
    throw new TypeError(
      `createCheckoutSessionHandler: baseUrl (or FLOWGLAD_BASE_URL) must be an absolute URL such as ${DEFAULT_BASE_URL}.`,
    );
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError('createCheckoutSessionHandler: timeoutMs must be a positive number of milliseconds.');
  }
  return {
    apiKey,
    baseUrl,
    timeoutMs,
    customerCacheSize: options.customerCacheSize ?? 1000,
    allowedRedirectOrigins: options.allowedRedirectOrigins?.map(normaliseOrigin),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
