import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type CheckoutError,
  CheckoutProvider,
  type CheckoutProviderProps,
  type CheckoutSessionState,
  type CheckoutSessionSummary,
  type UseCheckoutSessionOptions,
  useCheckoutSession,
} from '../../src/index';
import { checkoutRouteHandlers } from '../../src/testing';
import { ROUTE, requests, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';

serveWithMsw();

expectCheckoutWarnings();
afterEach(() => vi.restoreAllMocks());

const route = checkoutRouteHandlers();
/** Short waits, so polling shows within a test; the backoff still doubles them. */
const FAST = { intervalMs: 10, maxIntervalMs: 40 };
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));
const gets = () => requests.filter((request) => request.method === 'GET');

function renderSession(
  options?: UseCheckoutSessionOptions,
  provider: Omit<CheckoutProviderProps, 'children'> = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SWRConfig value={{ provider: () => new Map() }}>
      <CheckoutProvider {...provider}>{children}</CheckoutProvider>
    </SWRConfig>
  );
  // Every status rendered, in order: a step between two polls cannot be missed.
  const statuses: string[] = [];
  const view = renderHook(
    () => {
      const session = useCheckoutSession(options);
      statuses.push(session.status);
      return session;
    },
    { wrapper },
  );
  return { ...view, statuses };
}

function Status() {
  const { status } = useCheckoutSession();
  return <p>{status}</p>;
}

describe('useCheckoutSession: the thanks page', () => {
  it('asks GET {endpoint} and reads a final status, then stops', async () => {
    server.use(route.checkoutSession('succeeded'));
    const { result } = renderSession({ poll: FAST });
    expect(result.current).toMatchObject({ status: 'loading', isLoading: true, checkoutSession: undefined });
    await waitFor(() => expect(result.current.status).toBe('succeeded'));
    expect(result.current).toMatchObject({
      isLoading: false,
      error: undefined,
      checkoutSession: { id: 'chckt_session_msw', status: 'succeeded', priceId: 'price_msw', quantity: 1 },
    });
    expect(gets().map((request) => request.url)).toEqual([ROUTE]);
    await pause(100);
    expect(gets()).toHaveLength(1);
  });

  it('sees pending → succeeded by polling, and stops polling on the final status', async () => {
    server.use(route.checkoutSessionSequence(['pending', 'pending', 'succeeded']));
    const { result, statuses } = renderSession({ poll: FAST });
    await waitFor(() => expect(result.current.status).toBe('succeeded'));
    expect([...new Set(statuses)]).toEqual(['loading', 'pending', 'succeeded']);
    expect(gets()).toHaveLength(3);
    await pause(150);
    expect(gets()).toHaveLength(3);
  });

  it('stops polling on unmount', async () => {
    server.use(route.checkoutSession('pending'));
    const { result, unmount } = renderSession({ poll: FAST });
    await waitFor(() => expect(gets().length).toBeGreaterThanOrEqual(2));
    expect(result.current.status).toBe('pending');
    unmount();
    const asked = gets().length;
    await pause(150);
    expect(gets()).toHaveLength(asked);
  });

  it('does not poll while the tab is hidden', async () => {
    server.use(route.checkoutSession('pending'));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    renderSession({ poll: FAST });
    await waitFor(() => expect(gets()).toHaveLength(1));
    await pause(150);
    expect(gets()).toHaveLength(1);
    visibility.mockRestore();
  });

  it('poll: false never polls', async () => {
    server.use(route.checkoutSession('pending'));
    const { result } = renderSession({ poll: false });
    await waitFor(() => expect(result.current.status).toBe('pending'));
    await pause(100);
    expect(gets()).toHaveLength(1);
  });

  it("is 'none' when this browser started no checkout (200 { checkoutSession: null }), without an error", async () => {
    server.use(route.noCheckoutSession());
    const onError = vi.fn();
    const { result } = renderSession({ onError });
    await waitFor(() => expect(result.current.status).toBe('none'));
    expect(result.current).toMatchObject({ checkoutSession: undefined, error: undefined, isLoading: false });
    expect(onError).not.toHaveBeenCalled();
  });

  it("reads an older route's 404 no_checkout_session as 'none' too", async () => {
    server.use(
      http.get(ROUTE, () =>
        HttpResponse.json(
          {
            error: { code: 'no_checkout_session', message: 'No recent checkout was found in this browser.' },
          },
          { status: 404 },
        ),
      ),
    );
    const { result } = renderSession();
    await waitFor(() => expect(result.current.status).toBe('none'));
    expect(result.current.error).toBeUndefined();
  });

  it("is 'error' when the route fails, with the coded error in error, onError and the provider's onError", async () => {
    server.use(route.checkoutSessionError());
    const calls: string[] = [];
    const { result } = renderSession(
      { onError: (error) => calls.push(`hook ${error.routeCode}`) },
      { onError: (error) => calls.push(`provider ${error.routeCode}`) },
    );
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'http', status: 502, routeCode: 'upstream_error' });
    expect(calls).toEqual(['hook upstream_error', 'provider upstream_error']);
  });

  it.each([
    { name: 'a 404 that is not the route', resolver: () => new HttpResponse(null, { status: 404 }) },
    { name: 'a 200 without a session', resolver: () => HttpResponse.json({}) },
    {
      name: 'a 200 with an unknown status',
      resolver: () => HttpResponse.json({ checkoutSession: { id: 'x', status: 'paid' } }),
    },
  ])("$name is an 'error', never 'none'", async ({ resolver }) => {
    server.use(http.get(ROUTE, resolver));
    const { result } = renderSession();
    await waitFor(() => expect(result.current.status).toBe('error'));
  });

  it("takes the provider's endpoint, headers and fetch", async () => {
    server.use(
      http.get('https://shop.test/api/pay', () =>
        HttpResponse.json({ checkoutSession: { id: 'c', status: 'failed' } }),
      ),
    );
    const seen: string[] = [];
    const { result } = renderSession(undefined, {
      endpoint: '/api/pay',
      headers: async () => ({ authorization: 'Bearer t0ken' }),
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(seen).toEqual(['https://shop.test/api/pay']);
    expect(gets()[0]?.headers.get('authorization')).toBe('Bearer t0ken');
  });

  it('refresh() asks again; two components on one page share one request', async () => {
    server.use(route.checkoutSession('expired'));
    render(
      <SWRConfig value={{ provider: () => new Map() }}>
        <Status />
        <Status />
      </SWRConfig>,
    );
    await waitFor(() => expect(screen.getAllByText('expired')).toHaveLength(2));
    expect(gets()).toHaveLength(1);

    const { result } = renderSession();
    await waitFor(() => expect(result.current.status).toBe('expired'));
    const asked = gets().length;
    await act(() => result.current.refresh());
    expect(gets()).toHaveLength(asked + 1);
  });

  it('a route that never answers ends in a timeout error', async () => {
    server.use(http.get(ROUTE, () => new Promise<never>(() => {})));
    const { result } = renderSession({ timeoutMs: 30 });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect((result.current.error as CheckoutError).code).toBe('timeout');
  });
});

describe('useCheckoutSession: polling over time, rendered on React’s own schedule', () => {
  // Outside act(), as in a browser: React 18's act() would hold each poll's re-render until it ends.
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  beforeEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('backs off while waiting: fewer polls than a fixed interval would make', async () => {
    server.use(route.checkoutSession('open'));
    renderSession({ poll: { intervalMs: 10, maxIntervalMs: 10_000 } });
    await waitFor(() => expect(gets().length).toBeGreaterThanOrEqual(3));
    await sleep(300);
    // 10, 20, 40, 80, 160 ms: at most six asks in ~0.3 s, where every 10 ms would be ~30.
    expect(gets().length).toBeLessThanOrEqual(7);
  });

  it('stops polling after stopAfterMs', async () => {
    server.use(route.checkoutSession('open'));
    renderSession({ poll: { intervalMs: 10, maxIntervalMs: 10, stopAfterMs: 60 } });
    await waitFor(() => expect(gets().length).toBeGreaterThanOrEqual(3));
    await sleep(150);
    const asked = gets().length;
    await sleep(150);
    expect(gets()).toHaveLength(asked);
  });
});

describe('useCheckoutSession({ initialSession }): starts from what the server read', () => {
  const summary = (status: CheckoutSessionSummary['status']): CheckoutSessionSummary => ({
    id: 'chckt_session_msw',
    status,
    type: 'product',
    livemode: false,
    priceId: 'price_msw',
    quantity: 1,
    outputName: null,
    outputMetadata: null,
    createdAt: null,
    expires: null,
  });

  it('a final status: no "loading" ever, and no request', async () => {
    const initialSession: CheckoutSessionState = {
      status: 'succeeded',
      checkoutSession: summary('succeeded'),
    };
    const { result, statuses } = renderSession({ initialSession, poll: FAST });
    expect(result.current).toMatchObject({ status: 'succeeded', isLoading: false });
    expect(result.current.checkoutSession?.id).toBe('chckt_session_msw');
    await pause(60);
    expect([...new Set(statuses)]).toEqual(['succeeded']);
    expect(gets()).toHaveLength(0);
  });

  it("'none': shown at once, no request", async () => {
    const { result, statuses } = renderSession({ initialSession: { status: 'none', checkoutSession: null } });
    expect(result.current).toMatchObject({ status: 'none', isLoading: false, checkoutSession: undefined });
    await pause(40);
    expect([...new Set(statuses)]).toEqual(['none']);
    expect(gets()).toHaveLength(0);
  });

  it('open or pending: shown at once, then polled until final', async () => {
    server.use(route.checkoutSessionSequence(['pending', 'succeeded']));
    const { result, statuses } = renderSession({
      initialSession: { status: 'pending', checkoutSession: summary('pending') },
      poll: FAST,
    });
    expect(result.current).toMatchObject({ status: 'pending', isLoading: false });
    await waitFor(() => expect(result.current.status).toBe('succeeded'));
    expect([...new Set(statuses)]).toEqual(['pending', 'succeeded']);
  });
});
