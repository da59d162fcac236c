/** Flowglad's hosted checkout origin: allowed as a redirect target and preconnected by default. */
export const FLOWGLAD_ORIGIN = 'https://app.flowglad.com';

/** The route `createCheckoutSession` posts to unless told otherwise. */
export const DEFAULT_ENDPOINT = '/api/checkout-sessions';

/** How long the browser waits for the route before failing with `timeout`, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The largest 32-bit signed integer: Flowglad's limit for a quantity, and the longest delay `setTimeout` keeps. */
export const MAX_INT32 = 2_147_483_647;
