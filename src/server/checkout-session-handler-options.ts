import type { CheckoutSessionBody } from '../core/checkout-session-schema';
import type { CheckoutHandlerErrorCode } from './error-response';

/**
 * Who pays, as your server knows them. `externalId` is the shopper's id in *your* system (a user id,
 * a team id); it becomes Flowglad's `customerExternalId`. `name` and `email` are used only when the
 * Flowglad customer does not exist yet and is created.
 *
 * @example
 * ```ts
 * const customer: CheckoutCustomer = { externalId: user.id, name: user.displayName, email: user.email };
 * ```
 */
export interface CheckoutCustomer {
  externalId: string;
  /** @defaultValue the `externalId` */
  name?: string;
  /** @defaultValue `''` (Flowglad stores an empty email) */
  email?: string;
}

/**
 * Where in the handling of a request an error happened, as given to `onError`.
 *
 * - `get_customer` / `authorize` — your `getCustomer` or `authorize` threw (the shopper gets 500).
 * - `load_client` — `@flowglad/node` could not be loaded (install it).
 * - `ensure_customer` — finding or creating the Flowglad customer failed.
 * - `create_session` — Flowglad refused or failed to create the checkout session.
 * - `internal` — anything else (a bug: please report it).
 *
 * @example
 * ```ts
 * onError: (error, { stage }) => { if (stage === 'create_session') metrics.increment('checkout.failed') }
 * ```
 */
export type CheckoutHandlerStage =
  | 'get_customer'
  | 'authorize'
  | 'load_client'
  | 'ensure_customer'
  | 'create_session'
  | 'internal';

/**
 * What `onError` is told besides the error itself: the request, where it failed, and the answer the
 * browser got (which never holds the error's details).
 *
 * @example
 * ```ts
 * onError: (error, { request, stage, status }) => logger.error({ err: error, url: request.url, stage, status })
 * ```
 */
export interface CheckoutHandlerErrorContext {
  request: Request;
  stage: CheckoutHandlerStage;
  /** The HTTP status the browser got. */
  status: number;
  /** The `error.code` the browser got. */
  code: CheckoutHandlerErrorCode;
}

/**
 * Settings of {@link createCheckoutSessionHandler}. Only `getCustomer` is required (plus the secret key,
 * usually from the environment).
 *
 * @example
 * ```ts
 * const options: CheckoutSessionHandlerOptions = {
 *   getCustomer: async (request) => {
 *     const user = await getSessionUser(request);
 *     return user ? { externalId: user.id, email: user.email, name: user.name } : null;
 *   },
 *   authorize: (input) => input.type === 'product' && input.priceSlug !== 'internal-only',
 *   allowedRedirectOrigins: ['https://shop.example.com'],
 * };
 * ```
 */
export interface CheckoutSessionHandlerOptions {
  /**
   * Flowglad secret key (`sk_test_…` / `sk_live_…`). Keep it on the server.
   * @defaultValue `process.env.FLOWGLAD_SECRET_KEY`
   */
  apiKey?: string;
  /**
   * Flowglad's API origin (a stand-in's URL in development and tests).
   * @defaultValue `process.env.FLOWGLAD_BASE_URL`, else `'https://app.flowglad.com'`
   */
  baseUrl?: string;
  /**
   * Says who is paying, from the request (its session cookie, its bearer token…) — never from the
   * body. Return `null` when nobody is signed in: the shopper gets 401.
   */
  getCustomer: (request: Request) => CheckoutCustomer | null | Promise<CheckoutCustomer | null>;
  /**
   * Origins `successUrl` and `cancelUrl` may point at; a request whose `Origin` header is one of them
   * is also accepted. List your site's public origin when the server sits behind a proxy that
   * changes the host or the scheme.
   * @defaultValue the request's own origin
   */
  allowedRedirectOrigins?: readonly string[];
  /**
   * Decides whether this customer may start this checkout (which prices, which types). Return
   * `false` to refuse with 403. Runs after the input is validated and the customer is known.
   * @defaultValue every valid checkout is allowed
   */
  authorize?: (input: CheckoutSessionBody, customer: CheckoutCustomer) => boolean | Promise<boolean>;
  /**
   * How long the calls to Flowglad may take in all, in milliseconds, before the shopper gets 504.
   * Keep it below the browser's `timeoutMs` (15 000 by default) so the browser hears the reason.
   * @defaultValue 10000
   */
  timeoutMs?: number;
  /**
   * Called with every error the shopper is not shown in detail: your `getCustomer` or `authorize`
   * throwing, and every failed or refused call to Flowglad. Use it for logs; it must not throw
   * (if it does, that is ignored).
   */
  onError?: (error: unknown, context: CheckoutHandlerErrorContext) => void;
  /**
   * How many Flowglad customers this handler remembers as already existing (least recently used
   * forgotten first). A remembered customer's checkout costs one call to Flowglad instead of two or three.
   * @defaultValue 1000
   */
  customerCacheSize?: number;
}
