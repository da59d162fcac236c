/**
 * The public types of a checkout — its input, result, session and events — and the one list of session
 * statuses.
 */
import type { CheckoutError } from './checkout-error';

/**
 * Every status of a checkout session, as Flowglad and the route answer it, and whether it is final:
 * `true`, the session never leaves it; `false`, the payment may still land (a thanks page polls).
 */
export const SESSION_STATUSES = {
  open: false,
  pending: false,
  succeeded: true,
  failed: true,
  expired: true,
} as const;

/** A checkout session's status: one of {@link SESSION_STATUSES}. */
export type SessionStatus = keyof typeof SESSION_STATUSES;

/** Fields every checkout session type accepts. */
export interface CheckoutSessionCommonInput {
  /**
   * Where Flowglad sends the shopper after paying. A path such as `/thanks` is resolved against the
   * current page; what is sent is always an absolute http(s) URL.
   * @defaultValue the current page URL
   */
  successUrl?: string;
  /**
   * Where Flowglad sends the shopper when they cancel. Resolved like `successUrl`.
   * @defaultValue the current page URL
   */
  cancelUrl?: string;
  /** Flat metadata copied onto what the checkout creates: strings (≤ 500 characters), numbers, booleans. */
  outputMetadata?: Record<string, string | number | boolean>;
  /** Name of the purchase or subscription the checkout creates. */
  outputName?: string;
}

/** Buy one price, by id or by slug (exactly one of the two). */
export type ProductCheckoutInput = CheckoutSessionCommonInput & {
  /**
   * The kind of checkout: `'product'` buys a price, `'add_payment_method'` collects a payment method,
   * `'activate_subscription'` activates a subscription the customer already has.
   * @defaultValue `'product'`
   */
  type?: 'product';
  /** A whole number from 1 to 2147483647. @defaultValue 1 */
  quantity?: number;
  /** For a subscription price: keep the customer's current billing date instead of starting a new cycle. */
  preserveBillingCycleAnchor?: boolean;
} & (
    | {
        /** The Flowglad price to buy, by its id (`price_…`). Give `priceId` or `priceSlug`, not both. */
        priceId: string;
        /** The Flowglad price to buy, by its slug in your pricing model (`pro-monthly`). Give `priceSlug` or `priceId`, not both. */
        priceSlug?: undefined;
      }
    | {
        /** The Flowglad price to buy, by its slug in your pricing model (`pro-monthly`). Give `priceSlug` or `priceId`, not both. */
        priceSlug: string;
        /** The Flowglad price to buy, by its id (`price_…`). Give `priceId` or `priceSlug`, not both. */
        priceId?: undefined;
      }
  );

/** Collect a payment method, optionally for one subscription. */
export type AddPaymentMethodCheckoutInput = CheckoutSessionCommonInput & {
  type: 'add_payment_method';
  /** The subscription (`sub_…`) to activate, or that a new payment method is for. */
  targetSubscriptionId?: string;
};

/** Activate an existing subscription (the price comes from the subscription). */
export type ActivateSubscriptionCheckoutInput = CheckoutSessionCommonInput & {
  type: 'activate_subscription';
  /** The subscription (`sub_…`) to activate, or that a new payment method is for. */
  targetSubscriptionId: string;
  /** Keep the customer's current billing date instead of starting a new cycle. */
  preserveBillingCycleAnchor?: boolean;
};

/**
 * What the browser asks for. There is no `customerExternalId`: the server decides who pays.
 *
 * @example
 * ```ts
 * const input: CheckoutSessionInput = { priceId: 'price_123', quantity: 2, successUrl: '/thanks' };
 * ```
 */
export type CheckoutSessionInput =
  | ProductCheckoutInput
  | AddPaymentMethodCheckoutInput
  | ActivateSubscriptionCheckoutInput;

/** The Flowglad checkout session record, as the route passed it on (most fields nullable). */
export interface FlowgladCheckoutSession {
  id: string;
  status: SessionStatus;
  type: 'product' | 'add_payment_method' | 'activate_subscription' | 'purchase';
  livemode: boolean;
  priceId?: string | null;
  quantity?: number | null;
  successUrl?: string | null;
  cancelUrl?: string | null;
  customerId?: string | null;
  outputMetadata?: Record<string, string | number | boolean> | null;
  outputName?: string | null;
  targetSubscriptionId?: string | null;
  /** Epoch milliseconds, or an ISO string: read both. */
  createdAt?: number | string;
  [field: string]: unknown;
}

/**
 * A created checkout session: the `url` of Flowglad's hosted page (already checked against the
 * allowed redirect origins) and the session record when the route sent one.
 *
 * @example
 * ```ts
 * const result: CheckoutSessionResult | undefined = await createCheckoutSession({ priceId: 'price_123' });
 * if (result) console.log(result.url, result.checkoutSession?.id);
 * ```
 */
export interface CheckoutSessionResult {
  url: string;
  checkoutSession?: FlowgladCheckoutSession;
  /**
   * `true` when the route answered the open session it had already created for this browser and this
   * very checkout (a Back then Buy, a retry, a second tab) instead of a new one; absent when the route
   * does not say.
   */
  reused?: boolean;
}

/** How a value for a request header can be given: fixed, or computed (even asynchronously) per request. */
export type CheckoutHeaders = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/**
 * Settings for the call to your checkout route. Every field is optional.
 *
 * @example
 * ```ts
 * const config: CheckoutConfig = { endpoint: '/api/pay', headers: async () => ({ authorization: await token() }) };
 * ```
 */
export interface CheckoutConfig {
  /** Your backend route. @defaultValue `'/api/checkout-sessions'` */
  endpoint?: string;
  /** The `fetch` to use (for tests, or an instrumented one). @defaultValue `globalThis.fetch` */
  fetch?: typeof fetch;
  /** Extra request headers, static or from a (possibly async) function called per request. */
  headers?: CheckoutHeaders;
  /** How long to wait for the route's answer before failing with `timeout`. @defaultValue 15000 */
  timeoutMs?: number;
  /**
   * Origins the returned `url` may point at. An `http:` origin is allowed only when listed here.
   * @defaultValue `['https://app.flowglad.com']` plus the page's own origin when it is https
   */
  allowedRedirectOrigins?: readonly string[];
  /** Cancels the request; the call then fails with `aborted`. */
  signal?: AbortSignal;
}

/**
 * The checkout this browser started last, as the route's `GET` answers it
 * (`200 { checkoutSession: CheckoutSessionSummary }`): what a thanks page shows, nothing more (no
 * customer email, no Flowglad internals).
 *
 * @example
 * ```ts
 * const { checkoutSession } = useCheckoutSession();
 * if (checkoutSession?.status === 'succeeded') showThanks(checkoutSession.quantity);
 * ```
 */
export interface CheckoutSessionSummary {
  id: string;
  status: SessionStatus;
  type: 'product' | 'add_payment_method' | 'activate_subscription';
  livemode: boolean;
  priceId: string | null;
  quantity: number | null;
  outputName: string | null;
  outputMetadata: Record<string, string | number | boolean> | null;
  /** Epoch milliseconds, or an ISO string: read both. */
  createdAt: number | string | null;
  /** When an open session stops accepting payment; same formats as `createdAt`. */
  expires: number | string | null;
}

/**
 * Where this browser's last checkout stands, read on the server: what `handler.getCheckoutSession(request)`
 * resolves to, and what `useCheckoutSession({ initialSession })` starts from. `none`: this browser started
 * no checkout, or it is gone.
 *
 * @example
 * ```ts
 * const { status, checkoutSession } = await handler.getCheckoutSession(request);
 * if (status === 'succeeded') console.log('paid', checkoutSession.id);
 * ```
 */
export type CheckoutSessionState =
  | { status: 'none'; checkoutSession: null }
  | { status: CheckoutSessionSummary['status']; checkoutSession: CheckoutSessionSummary };

/**
 * One step of a checkout, as `onCheckoutEvent` hears it (on `CheckoutProvider`, the hook and the
 * button). A checkout is `started` → `session_created` → `redirecting`, each at most once and in that
 * order, or ends in `failed` (after `redirecting` only when `navigate` failed); a cancelled checkout (a
 * press released off the button, an unmount, `reset`) just stops. Each carries the `input` as given.
 * `returned` comes from `useCheckoutSession`, once per session in this tab: not again on a re-render,
 * a poll, a Back or a reload, and with the status first seen.
 *
 * @example
 * ```tsx
 * <CheckoutProvider
 *   onCheckoutEvent={(event) => {
 *     if (event.type === 'session_created') analytics.track('checkout_session', { id: event.checkoutSessionId, reused: event.reused });
 *     if (event.type === 'returned') analytics.track('checkout_returned', { status: event.status });
 *   }}
 * />
 * ```
 */
export type CheckoutEvent =
  /** The shopper asked for a checkout (a click, or a press once its click came). */
  | { type: 'started'; input: CheckoutSessionInput }
  /** The route answered a session; `reused` when it was an open one it had made for this browser. */
  | { type: 'session_created'; input: CheckoutSessionInput; checkoutSessionId?: string; reused: boolean }
  /** Navigation to the hosted page begins. */
  | { type: 'redirecting'; input: CheckoutSessionInput; url: string }
  /** The checkout failed; the error is also given to `onError`. */
  | { type: 'failed'; input: CheckoutSessionInput; error: CheckoutError }
  /** The thanks page read this browser's checkout for the first time. */
  | { type: 'returned'; status: CheckoutSessionSummary['status']; checkoutSessionId: string };
