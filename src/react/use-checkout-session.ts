/**
 * `useCheckoutSession`, the thanks page's hook: the route's `GET` on SWR, polled while the session is
 * open or pending, and `returned` told once per session.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import useSWR from 'swr';
import type { CheckoutError } from '../core/checkout-error';
import { emitCheckoutEvent, reportFailure } from '../core/checkout-events';
import {
  DEFAULT_ENDPOINT,
  MAX_DEDUPING_MS,
  POLL_INTERVAL_MS,
  POLL_MAX_INTERVAL_MS,
  POLL_STOP_AFTER_MS,
} from '../core/defaults';
import { getCheckoutSession } from '../core/get-checkout-session';
import { type CheckoutSessionState, type CheckoutSessionSummary, SESSION_STATUSES } from '../core/types';
import { useCheckoutSettings } from './checkout-provider';
import type { CheckoutProviderOptions } from './types';

/** How {@link useCheckoutSession} polls while the session is `open` or `pending`. */
export interface CheckoutSessionPolling {
  /** The first wait; each next one doubles. @defaultValue 1000 */
  intervalMs?: number;
  /** The longest wait between two polls. @defaultValue 10000 */
  maxIntervalMs?: number;
  /** Polling stops this long after it began (a focus or `refresh()` still asks again). @defaultValue 300000 */
  stopAfterMs?: number;
}

/** Options of {@link useCheckoutSession}: the provider's route settings and listeners, plus polling. */
export interface UseCheckoutSessionOptions
  extends Pick<
    CheckoutProviderOptions,
    'endpoint' | 'fetch' | 'headers' | 'timeoutMs' | 'onError' | 'onCheckoutEvent'
  > {
  /** How to poll while the checkout is `open` or `pending`; `false` never polls. */
  poll?: CheckoutSessionPolling | false;
  /**
   * Where the checkout stood when the server rendered the page — what `handler.getCheckoutSession(request)`
   * resolved to — to start from: no `loading` on first paint. A final status (or `none`) is not asked
   * again on mount; `open` or `pending` is polled as usual.
   */
  initialSession?: CheckoutSessionState;
}

/**
 * Where this browser's last checkout stands: `loading` (first answer not in yet), `none` (this browser
 * started no checkout, or it is gone), Flowglad's `open | pending | succeeded | failed | expired`, or
 * `error` (no answer could be read; a failed refresh keeps the last known status).
 */
export type CheckoutSessionStatus = 'loading' | 'none' | CheckoutSessionSummary['status'] | 'error';

/** What {@link useCheckoutSession} returns. */
export interface UseCheckoutSessionResult {
  status: CheckoutSessionStatus;
  /** The session's summary, once the route has answered with one. */
  checkoutSession: CheckoutSessionSummary | undefined;
  error: CheckoutError | undefined;
  /** `true` until the first answer is in. */
  isLoading: boolean;
  /** Asks the route again now. */
  refresh: () => Promise<void>;
}

const isWaiting = (session: CheckoutSessionSummary | null | undefined) =>
  !!session && !SESSION_STATUSES[session.status];

const RETURNED_KEY = 'react-flowglad-checkout:returned';

/**
 * Whether `returned` is still to be told for this session, remembering it: in the tab's sessionStorage
 * (so a reload or a Back says nothing again), or, where storage throws, for this hook's life.
 */
function firstReturn(id: string, told: { current?: string }): boolean {
  if (told.current === id) return false;
  told.current = id;
  try {
    if (sessionStorage.getItem(RETURNED_KEY) === id) return false;
    sessionStorage.setItem(RETURNED_KEY, id);
  } catch {}
  return true;
}

function sessionStatus(
  session: CheckoutSessionSummary | null | undefined,
  error: unknown,
): CheckoutSessionStatus {
  if (session) return session.status;
  if (session === null) return 'none';
  return error ? 'error' : 'loading';
}

/**
 * The thanks page: what became of the checkout this browser started last, from your checkout route's
 * `GET` (on SWR's `useSWR`: deduplicated across components, asked again when the tab regains focus).
 * While the session is `open` or `pending` it polls, backing off from 1 s to 10 s, for up to five
 * minutes, and not while the tab is hidden; it stops on a final status and when unmounted. Landing on
 * `successUrl` is no proof of payment: show what `status` says, and fulfil orders from Flowglad's webhooks.
 * `onCheckoutEvent` (here or on the provider) hears `returned` once per session in this tab.
 *
 * @example
 * ```tsx
 * function Thanks() {
 *   const { status } = useCheckoutSession();
 *   if (status === 'succeeded') return <p>Paid — thank you!</p>;
 *   if (status === 'open' || status === 'pending') return <p>Processing…</p>;
 *   if (status === 'failed') return <p>Payment failed.</p>;
 *   return <p>No payment found.</p>;
 * }
 * ```
 */
export function useCheckoutSession(options: UseCheckoutSessionOptions = {}): UseCheckoutSessionResult {
  const { settings, latest: latestOptions } = useCheckoutSettings(options);
  const {
    intervalMs = POLL_INTERVAL_MS,
    maxIntervalMs = POLL_MAX_INTERVAL_MS,
    stopAfterMs = POLL_STOP_AFTER_MS,
  } = settings.poll || {};
  const initial = settings.initialSession?.checkoutSession;
  // Answers in a row while the session was open or pending, and when the first came: the next wait
  // and when to give up.
  const [polling, setPolling] = useState({ count: 0, since: 0, over: false });

  const { data, error, mutate } = useSWR(
    ['react-flowglad-checkout/session', settings.endpoint ?? DEFAULT_ENDPOINT],
    () => getCheckoutSession(latestOptions.current),
    {
      // Polls closer than SWR's deduplication window would be swallowed by it.
      dedupingInterval: Math.min(MAX_DEDUPING_MS, intervalMs),
      refreshInterval:
        settings.poll !== false && polling.count > 0 && !polling.over
          ? Math.min(intervalMs * 2 ** (polling.count - 1), maxIntervalMs)
          : 0,
      onSuccess: (session: CheckoutSessionSummary | null) =>
        setPolling((last) => {
          if (!isWaiting(session)) return { count: 0, since: 0, over: false };
          const since = last.since || Date.now();
          return { count: last.count + 1, since, over: Date.now() - since > stopAfterMs };
        }),
      onError: (failure: CheckoutError) => reportFailure(latestOptions.current, failure),
      // A final status the server read is not asked again on mount; open or pending is.
      fallbackData: initial,
      revalidateOnMount: settings.initialSession && isWaiting(initial),
    },
  );

  const told = useRef<string>(undefined);
  const id = data?.id;
  const seen = data?.status;
  useEffect(() => {
    const listeners = latestOptions.current;
    if (!id || !seen || !listeners.onCheckoutEvent) return;
    if (firstReturn(id, told))
      emitCheckoutEvent(listeners, { type: 'returned', status: seen, checkoutSessionId: id });
  }, [id, seen, latestOptions]);

  const refresh = useCallback(async () => {
    await mutate();
  }, [mutate]);

  const status = sessionStatus(data, error);
  return { status, checkoutSession: data ?? undefined, error, isLoading: status === 'loading', refresh };
}
