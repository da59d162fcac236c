import type { CheckoutError } from '../core/checkout-error';
import type {
  CheckoutConfig,
  CheckoutEvent,
  CheckoutSessionInput,
  CheckoutSessionResult,
} from '../core/types';

/** Settings shared by every checkout button and hook below a {@link CheckoutProvider}. */
export interface CheckoutProviderOptions extends Omit<CheckoutConfig, 'signal'> {
  /**
   * Goes to the hosted checkout. Replace it for client-side routers, tests or Storybook. It may be
   * async: the button says "Redirecting" until its promise settles. If it throws or its promise
   * rejects, the checkout ends in a `navigation_failed` error and the button is usable again.
   * @defaultValue `(url) => window.location.assign(url)`
   */
  navigate?: (url: string) => void | Promise<void>;
  /**
   * Origin to `<link rel="preconnect">` to when a button is hovered, focused or touched, so the
   * redirect skips DNS and TLS; `false` turns it off.
   * @defaultValue `'https://app.flowglad.com'`
   */
  preconnect?: string | false;
  /**
   * When a {@link CheckoutButton} starts creating the session: on `'click'`, or already on
   * `'pointerdown'` (a primary-button press or a touch), so the session is ready, or nearly, when the
   * click arrives; a press released off the button cancels it. Keyboard activation starts on click.
   * A press released off the button may leave an unused open session at Flowglad, which expires.
   * @defaultValue `'click'`
   */
  startOn?: 'click' | 'pointerdown';
  /**
   * Called once with every checkout error (not cancellations), after the hook's or button's own
   * `onError` — here, below this provider, for logging them all in one place. Nested providers each
   * get the error, innermost first. It may be async: what it throws or rejects with is reported.
   */
  onError?: (error: CheckoutError) => void;
  /**
   * Hears each step of every checkout below this provider — `started`, `session_created`,
   * `redirecting`, `failed` — and `returned` from `useCheckoutSession`, each once (see
   * {@link CheckoutEvent}): one place for analytics. After the hook's or button's own listener; nested
   * providers each hear it, innermost first. What it throws or rejects with is reported, never in the way.
   */
  onCheckoutEvent?: (event: CheckoutEvent) => void;
}

/** Where a checkout stands. `success` is reached only with `redirect: false`. */
export type CheckoutStatus = 'idle' | 'creating' | 'redirecting' | 'error' | 'success';

/** Options of {@link useCreateCheckoutSession}: any provider prop, plus what to do with the result. */
export interface UseCreateCheckoutSessionOptions extends CheckoutProviderOptions {
  /** Go to the hosted checkout once the session exists. @defaultValue `true` */
  redirect?: boolean;
  /**
   * Called once with the created session, before any redirect. It may be async; what it throws or
   * rejects with is reported (`reportError`), never in the way.
   */
  onSuccess?: (result: CheckoutSessionResult) => void;
  /**
   * Called once when the checkout fails (never for a cancelled one: unmounted, reset), before the
   * provider's `onError`. It may be async; what it throws or rejects with is reported, never in the way.
   */
  onError?: (error: CheckoutError) => void;
  /**
   * Called once with the (checked) URL, just before navigating to it. It may be async; what it throws
   * or rejects with is reported, never in the way.
   */
  onRedirect?: (url: string) => void;
  /** Hears each step of this hook's or button's checkouts, before the provider's listener. */
  onCheckoutEvent?: (event: CheckoutEvent) => void;
}

/** What {@link useCreateCheckoutSession} returns. */
export interface UseCreateCheckoutSessionResult {
  /**
   * Starts a checkout. Resolves to the result, or to `undefined` on failure (the error is in `error`
   * and `onError`) — it never rejects. A call while one is in flight sends nothing and returns the
   * same promise.
   */
  createCheckoutSession: (input: CheckoutSessionInput) => Promise<CheckoutSessionResult | undefined>;
  status: CheckoutStatus;
  /** `true` while `creating` or `redirecting`. */
  isLoading: boolean;
  error: CheckoutError | undefined;
  data: CheckoutSessionResult | undefined;
  /** Back to `idle`: forgets the result or error and cancels a request in flight. */
  reset: () => void;
}
