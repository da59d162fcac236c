/**
 * The route's defaults and limits, each written once (the client's, the shared timeout rule and
 * `MAX_INT32` included, are in `src/core/defaults.ts`). Public docs (`@defaultValue`) repeat some of
 * them: change both together.
 */

const MINUTE_MS = 60 * 1000;

/** How long a checkout may wait on the app's callbacks and Flowglad together, unless `timeoutMs` says. */
export const DEFAULT_HANDLER_TIMEOUT_MS = 10_000;

/** The largest request body read (a checkout is a few hundred bytes); also `toNodeHandler`'s default. */
export const MAX_BODY_BYTES = 16 * 1024;

/** How long `toNodeHandler` waits for a whole request body, unless `bodyTimeoutMs` says. */
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/** What the route relays of Flowglad's answers: bytes read at most, issues passed on, characters per message. */
export const RELAY_LIMITS = { answerBytes: 1024 * 1024, issues: 20, messageLength: 500 } as const;

/** How long a client refused by `rateLimit` is asked to wait, in seconds (`Retry-After`). */
export const RETRY_AFTER_SECONDS = 60;

/** Flowglad hard-deletes unfinished sessions after 14 days: the checkout cookie lives as long, no longer. */
export const COOKIE_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

/** At most this many checkout cookies are checked per request (each costs an HMAC). */
export const MAX_COOKIE_CANDIDATES = 4;

/** Sessions in a final status kept per process, and for how long (a cached `failed` must not outlive Flowglad's record by much). */
export const FINAL_SESSIONS = { max: 1_000, keepMs: 10 * MINUTE_MS } as const;

/** How long the default pricing model is trusted for `guestCheckout: true` (a price retired meanwhile is caught then). */
export const CATALOG_KEEP_MS = 5 * MINUTE_MS;

/** An open session is handed out again only while the shopper has this long left to pay. */
export const REUSE_MIN_REMAINING_MS = 30 * MINUTE_MS;

/** Distinct development notices one handler prints at most (a stream of made-up origins cannot grow it without end). */
export const MAX_NOTICES = 100;
