/**
 * The client's defaults and limits, each written once (the server's are in `src/server/defaults.ts`).
 * Public docs (`@defaultValue`) repeat some of them: change both together.
 */

/** Flowglad's hosted checkout origin: allowed as a redirect target and preconnected by default. */
export const FLOWGLAD_ORIGIN = 'https://app.flowglad.com';

/** The route `createCheckoutSession` posts to unless told otherwise. */
export const DEFAULT_ENDPOINT = '/api/checkout-sessions';

/** How long the browser waits for the route before failing with `timeout`, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The largest 32-bit signed integer: Flowglad's limit for a quantity, and the longest delay `setTimeout` keeps. */
export const MAX_INT32 = 2_147_483_647;

/** The longest string Flowglad keeps as one `outputMetadata` value. */
export const MAX_METADATA_TEXT = 500;

/** How `useCheckoutSession` polls while a session is open or pending: from 1 s, doubling up to 10 s, for 5 minutes. */
export const POLL_INTERVAL_MS = 1000;
export const POLL_MAX_INTERVAL_MS = 10_000;
export const POLL_STOP_AFTER_MS = 300_000;

/** SWR's deduplication window for the thanks page's read, at most: closer polls would be swallowed by it. */
export const MAX_DEDUPING_MS = 2000;

/** How long a touch's click may lag its `pointerup` (a mouse's comes in the same task). */
export const TOUCH_CLICK_DELAY_MS = 600;

/**
 * The one rule for a timeout in milliseconds, on both sides: whole (`@flowglad/node` refuses every call
 * with a fraction), at least 1, and no longer than `setTimeout` keeps.
 */
export const isTimeoutMs = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_INT32;
