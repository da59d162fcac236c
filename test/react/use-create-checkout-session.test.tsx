import { act, renderHook, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { describe, expect, it, vi } from 'vitest';
import {
  CheckoutProvider,
  type CheckoutProviderProps,
  type UseCreateCheckoutSessionOptions,
  useCreateCheckoutSession,
} from '../../src/index';
import { holdAnswer, okBody, ROUTE, requests, server, serveWithMsw } from '../msw-server';
import { consoleMessages, expectCheckoutWarnings } from '../setup-dom';

serveWithMsw();

// Failed checkouts log a development warning each: collected here, checked in the dev-warning tests.
expectCheckoutWarnings();

function renderCheckoutHook(options?: UseCreateCheckoutSessionOptions, provider: CheckoutProviderProps = {}) {
  const navigate = vi.fn<(url: string) => void>();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SWRConfig value={{ provider: () => new Map() }}>
      <CheckoutProvider navigate={navigate} {...provider}>
        {children}
      </CheckoutProvider>
    </SWRConfig>
  );
  return { ...renderHook(() => useCreateCheckoutSession(options), { wrapper }), navigate };
}

describe('useCreateCheckoutSession', () => {
  it('starts idle and resolves to the result once redirecting', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const { result, navigate } = renderCheckoutHook();
    expect(result.current).toMatchObject({
      status: 'idle',
      isLoading: false,
      error: undefined,
      data: undefined,
    });
    let resolved: unknown;
    await act(async () => {
      resolved = await result.current.createCheckoutSession({ priceId: 'p' });
    });
    expect(resolved).toEqual(okBody());
    expect(result.current).toMatchObject({ status: 'redirecting', isLoading: true, data: okBody() });
    expect(navigate).toHaveBeenCalledWith(okBody().url);
  });

  it('with redirect: false ends in success and does not navigate', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const onRedirect = vi.fn();
    const { result, navigate } = renderCheckoutHook({ redirect: false, onRedirect });
    await act(() => result.current.createCheckoutSession({ priceId: 'p' }));
    expect(result.current.status).toBe('success');
    expect(result.current.isLoading).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
    expect(onRedirect).not.toHaveBeenCalled();
  });

  it('a call while one is in flight sends nothing and returns the same promise', async () => {
    const { release } = holdAnswer();
    const { result } = renderCheckoutHook();
    let first: Promise<unknown> = Promise.resolve();
    const others: Promise<unknown>[] = [];
    act(() => {
      first = result.current.createCheckoutSession({ priceId: 'p' });
      for (let i = 0; i < 19; i++) others.push(result.current.createCheckoutSession({ priceId: 'other' }));
    });
    expect(result.current.status).toBe('creating');
    for (const other of others) expect(other).toBe(first);
    await act(async () => {
      release();
      await first;
    });
    expect(requests).toHaveLength(1);
  });

  it('resolves to undefined on failure, with the error in state — never an unhandled rejection', async () => {
    server.use(http.post(ROUTE, () => new HttpResponse('nope', { status: 500 })));
    const onError = vi.fn();
    const { result } = renderCheckoutHook({ onError });
    let resolved: unknown = 'not yet';
    await act(async () => {
      resolved = await result.current.createCheckoutSession({ priceId: 'p' });
    });
    expect(resolved).toBeUndefined();
    expect(result.current.status).toBe('error');
    expect(result.current.error?.code).toBe('http');
    expect(result.current.error?.status).toBe(500);
    expect(onError).toHaveBeenCalledWith(result.current.error);
  });

  it('reset() goes back to idle', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const { result } = renderCheckoutHook();
    await act(() => result.current.createCheckoutSession({ priceId: 'p' }));
    expect(result.current.status).toBe('error');
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ status: 'idle', error: undefined, data: undefined });
  });

  it('hook options win over the provider, which wins over the defaults', async () => {
    server.use(
      http.post('https://shop.test/provider-route', () => HttpResponse.json(okBody())),
      http.post('https://shop.test/hook-route', () => HttpResponse.json(okBody())),
    );
    const provider = { endpoint: '/provider-route', headers: { 'x-from': 'provider' } };
    const { result } = renderCheckoutHook({ endpoint: undefined }, provider);
    await act(() => result.current.createCheckoutSession({ priceId: 'p' }));
    const { result: overridden } = renderCheckoutHook({ endpoint: '/hook-route' }, provider);
    await act(() => overridden.current.createCheckoutSession({ priceId: 'p' }));
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/provider-route', '/hook-route']);
    expect(requests.map((r) => r.headers.get('x-from'))).toEqual(['provider', 'provider']);
  });

  it('uses the latest options at call time', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const first = vi.fn();
    const second = vi.fn();
    let onSuccess = first;
    const { result, rerender } = renderCheckoutHook(undefined);
    const { result: r2, rerender: rerender2 } = renderHook(
      () => useCreateCheckoutSession({ onSuccess, navigate: () => {} }),
      { wrapper: ({ children }) => <SWRConfig value={{ provider: () => new Map() }}>{children}</SWRConfig> },
    );
    onSuccess = second;
    rerender2();
    rerender();
    await act(() => r2.current.createCheckoutSession({ priceId: 'p' }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(result.current.status).toBe('idle');
  });

  it('a throwing callback is reported, and the checkout still goes on', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const { result } = renderCheckoutHook({
      onSuccess: () => {
        throw new Error('analytics down');
      },
    });
    await act(() => result.current.createCheckoutSession({ priceId: 'p' }));
    // jsdom has no reportError, so the error goes to console.error.
    await waitFor(() => expect(consoleMessages).toHaveLength(1));
    expect(String(consoleMessages.splice(0)[0]?.[0])).toContain('analytics down');
    expect(result.current.status).toBe('redirecting');
  });
});
