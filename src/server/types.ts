/**
 * The route's public types: its options, who pays, what `onError` is told, the handler itself, and the
 * Node request the adapter reads.
 */
import type { CheckoutRouteErrorCode } from '../core/checkout-error';
import type { CheckoutSessionBody } from '../core/checkout-schema';
import type { CheckoutSessionInput, CheckoutSessionState, FlowgladCheckoutSession } from '../core/types';

/**
 * Who pays, as your server knows them. `externalId` is the shopper's id in *your* system (a user id,
 * a team id); it becomes Flowglad's `customerExternalId`. `email` and `name` are used when the Flowglad
 * customer does not exist yet and is created.
 *
 * @example
 * ```ts
 * const customer: CheckoutCustomer = { externalId: user.id, name: user.displayName, email: user.email };
 * ```
 */
export interface CheckoutCustomer {
  externalId: string;
  /**
   * The shopper's email address. Required: Flowglad's hosted checkout page fails for a customer without
   * a valid one, so the route never creates or uses such a customer — a shopper without one checks out as
   * a guest when `guestCheckout` allows it, and is otherwise refused with `403 email_required` ("Add an
   * email address to your account to check out."), with the details in `onError`.
   */
  email: string;
  /** @defaultValue the `externalId` */
  name?: string;
}

/**
 * Where in the handling of a request an error happened, as given to `onError`.
 *
 * - `rate_limit` / `get_customer` / `guest_checkout` / `authorize` — your callback threw or did not settle in time
 *   (the shopper gets 500);
 * - `load_client` — `@flowglad/node` could not be loaded (install it);
 * - `ensure_customer` — creating the Flowglad customer failed;
 * - `create_session` — Flowglad refused or failed to create the checkout session, or answered with
 *   something that could not be trusted;
 * - `get_session` — reading the session back for the confirmation (`GET`) failed;
 * - `get_prices` — reading Flowglad's default pricing model (for `guestCheckout: true`) failed;
 * - `internal` — anything else (a bug: please report it).
 *
 * @example
 * ```ts
 * onError: (error, { stage }) => { if (stage === 'create_session') metrics.increment('checkout.failed') }
 * ```
 */
export type CheckoutHandlerStage =
  | 'rate_limit'
  | 'get_customer'
  | 'guest_checkout'
  | 'authorize'
  | 'load_client'
  | 'ensure_customer'
  | 'create_session'
  | 'get_session'
  | 'get_prices'
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
 * Settings of {@link createCheckoutSessionHandler}. Only `getCustomer` is required, plus the secret key
 * (usually from the environment) and, in production, your shop's origins.
 *
 * @example
 * ```ts
 * const options: CheckoutSessionHandlerOptions = {
 *   getCustomer: async (request) => {
 *     const user = await getSessionUser(request);
 *     return user ? { externalId: user.id, email: user.email, name: user.name } : null;
 *   },
 *   appOrigins: ['https://shop.example.com'],
 *   guestCheckout: { prices: ['price_tee'] },
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
   * Flowglad's origin: `https`, or plain `http` on this machine only (a stand-in in development and
   * tests); no path.
   * @defaultValue `process.env.FLOWGLAD_BASE_URL`, else `'https://app.flowglad.com'`
   */
  baseUrl?: string;
  /**
   * Says who is paying, from the request (its session cookie, its bearer token…) — never from the
   * body. Return `null` when nobody is signed in: the shopper gets 401, or checks out as a guest when
   * `guestCheckout` allows it.
   */
  getCustomer: (request: Request) => CheckoutCustomer | null | Promise<CheckoutCustomer | null>;
  /**
   * Your shop's public origins (`https://shop.example.com`): the pages allowed to call this route
   * (`Origin` check) and the only places `successUrl` / `cancelUrl` may point at. Required when
   * `NODE_ENV` is `production` — the handler refuses to start without it — because the request's own
   * origin comes from its `Host` header, which a client can forge. Elsewhere it falls back to the
   * request's origin, with one warning.
   * @defaultValue `process.env.FLOWGLAD_APP_ORIGINS` (comma-separated)
   */
  appOrigins?: readonly string[];
  /**
   * Lets shoppers who are not signed in (`getCustomer` returned `null`, or a signed-in shopper without
   * an email) buy a product as guests: an anonymous Flowglad checkout, no customer calls; Flowglad
   * creates the customer when they pay. `true` allows the active **one-off** prices of your default
   * pricing model (read from Flowglad, kept 5 minutes): never a subscription, which Flowglad would put
   * on a customer your shop can never sign in as. `{ prices: [...] }` lists the price ids or slugs guests
   * may buy (subscriptions included, if you list them); a function decides per request and input.
   * Each replaces `authorize` for guests. Other checkout types still need a signed-in customer (401).
   * @defaultValue false
   */
  guestCheckout?:
    | boolean
    | { prices: readonly string[] }
    | ((request: Request, input: CheckoutSessionBody) => boolean | Promise<boolean>);
  /**
   * Decides whether this signed-in customer may start this checkout (which prices, which types).
   * Return `false` to refuse with 403. Runs after the input is validated and the customer is known.
   * @defaultValue every valid checkout is allowed
   */
  authorize?: (input: CheckoutSessionBody, customer: CheckoutCustomer) => boolean | Promise<boolean>;
  /**
   * Decides whether this request may go on, before anything is sent to Flowglad: return `false` to
   * answer `429 rate_limited` (with `Retry-After: 60`; the shopper reads "Too many checkout attempts…").
   * Called once per request: a `POST` once its input is validated (`info.input`), before `getCustomer`;
   * a `GET` (and `getCheckoutSession`) before the cookie is read. Key it on what identifies a client to
   * you (an IP address behind your proxy, a signed-in user). What it throws is a 500, like your other
   * callbacks. A flood that never reaches the route (no cookie, another path) is for your edge to stop.
   * @defaultValue every request goes on
   */
  rateLimit?: (
    request: Request,
    info: { method: 'GET' | 'POST'; input?: CheckoutSessionBody },
  ) => boolean | Promise<boolean>;
  /**
   * Answers a `POST` with the session this browser already opened for the very same checkout (same
   * shopper, type, price, quantity, return URLs, metadata and name), while it is still open at Flowglad
   * with at least 30 minutes left: one Flowglad read instead of a new session, `reused: true` in the
   * answer. Concurrent identical `POST`s of one browser (a double tap, two tabs) share one session too.
   * A changed checkout, a paid, failed or expired session, another browser or another shopper gets a
   * new one; `add_payment_method` is never reused. `false`: every `POST` creates a session.
   * @defaultValue true
   */
  reuseOpenSessions?: boolean;
  /**
   * How long a checkout may wait, in milliseconds, once its body is read: your callbacks and every
   * call to Flowglad (answers read whole) together. Past it the shopper gets 504 (500 when your own
   * callback was the slow part). Keep it below the browser's `timeoutMs` (15 000 by default) so the
   * browser hears the reason. A whole number of milliseconds from 1 to 2,147,483,647.
   * @defaultValue 10000
   */
  timeoutMs?: number;
  /**
   * Called with every error the shopper is not shown in detail: your callbacks throwing, and every
   * failed or refused call to Flowglad (with Flowglad's own message). Use it for logs. It may be async;
   * what it throws or rejects with is ignored (never an unhandled rejection that would end the
   * process), and the shopper's answer never waits for it. Without it, errors are logged with
   * `console.error` unless `NODE_ENV` is `production`.
   */
  onError?: (error: unknown, context: CheckoutHandlerErrorContext) => void | Promise<void>;
}

/**
 * The `error.code` of every refusal the handler answers (their statuses: the README's Security table).
 *
 * @example
 * ```ts
 * if (body.error.code === 'unauthenticated') redirectToSignIn();
 * ```
 */
export type CheckoutHandlerErrorCode = CheckoutRouteErrorCode;

/**
 * The parts of a Node `http.IncomingMessage` (or an Express request) the adapter reads. Structural, so
 * this entry needs no Node types and stays loadable in edge runtimes.
 *
 * @example
 * ```ts
 * const req: NodeRequestLike = incomingMessage; // an http.IncomingMessage or an Express request fits
 * ```
 */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A `tls.TLSSocket` (with `encrypted: true`) for https. */
  socket?: object | null;
  /** Express: the URL before mounting rewrote `url`. */
  originalUrl?: string;
  /** Express: honours the app's `trust proxy` setting. */
  protocol?: string;
  /** `true` once the whole body has been received. */
  complete?: boolean;
  /** Set when a body parser already read the stream. */
  body?: unknown;
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  off(event: 'end' | 'close', listener: () => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  /** Closes the connection (used when a body is refused before it has all arrived). */
  destroy?(): unknown;
}

/** A guest checkout is anonymous: Flowglad creates the customer when they pay. */
export type Buyer = { customer: CheckoutCustomer; guest?: undefined } | { guest: true; customer?: undefined };

/**
 * Your checkout route, as {@link createCheckoutSessionHandler} returns it: a Web-standard
 * `(request) => Promise<Response>` for `GET` and `POST`, plus `getCheckoutSession(request)` for pages
 * rendered on the server.
 *
 * @example
 * ```ts
 * const handler: CheckoutSessionHandler = createCheckoutSessionHandler({ getCustomer });
 * export { handler as GET, handler as POST };
 * ```
 */
export interface CheckoutSessionHandler {
  (request: Request): Promise<Response>;
  /**
   * What the route's `GET` would answer this request — this browser's last checkout, read with its
   * cookie — for a server component, a loader or a view, so a thanks page is right on first paint. No
   * `Origin` check (a thanks page is a navigation, often from Flowglad's site). A failure is reported
   * to `onError` (or the console) as the route's are, then thrown as a `CheckoutError` with the route's
   * code in `routeCode`.
   */
  getCheckoutSession(request: Request): Promise<CheckoutSessionState>;
  /**
   * Creates a checkout from a Server Action or a framework `action` (a form post your server handles):
   * the route's `POST` with `input` instead of a body, the same checks as the button's form post — the
   * request must come from your `appOrigins`, and a relative or absent `successUrl`/`cancelUrl` resolves
   * against the page it came from. Set `cookie` (the confirmation cookie, for the thanks page) and send
   * the shopper to `url`. A refusal is reported like the route's and thrown as a `CheckoutError` whose
   * `routeCode` is the route's code.
   */
  createCheckoutSession(request: Request, input: CheckoutSessionInput): Promise<CheckoutSessionStarted>;
}

/**
 * What `handler.createCheckoutSession(request, input)` resolves to.
 *
 * @example
 * ```ts
 * 'use server';
 * export async function buy(form: FormData) {
 *   const request = new Request(shopOrigin, { headers: await headers() });
 *   const { url, cookie } = await handler.createCheckoutSession(request, { priceSlug: 'tshirt' });
 *   if (cookie) (await cookies()).set(cookie);
 *   redirect(url);
 * }
 * ```
 */
export interface CheckoutSessionStarted {
  /** Flowglad's hosted page, checked to be on Flowglad's origin. */
  url: string;
  checkoutSession: FlowgladCheckoutSession;
  /** `true` when this browser's open session for the same checkout was answered again. */
  reused: boolean;
  /** The confirmation cookie as a `Set-Cookie` header value (absent for an id unfit for a cookie). */
  setCookie?: string;
  /** The same cookie as fields, for a framework's cookie API (Next.js: `(await cookies()).set(cookie)`). */
  cookie?: {
    name: string;
    value: string;
    path: '/';
    maxAge: number;
    httpOnly: true;
    sameSite: 'lax';
    secure: boolean;
  };
}
