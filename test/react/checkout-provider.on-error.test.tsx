import { act, fireEvent, renderHook, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CheckoutButton,
  type CheckoutError,
  CheckoutProvider,
  useCreateCheckoutSession,
} from '../../src/index';
import { holdAnswer, okBody, ROUTE, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

expectCheckoutWarnings();
afterEach(() => vi.restoreAllMocks());

describe('CheckoutProvider onError: every checkout error below it, in one place', () => {
  it('gets each error once, after the button’s own onError, from every button below it', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const calls: string[] = [];
    renderCheckout(
      <>
        <CheckoutButton priceId="a" onError={(error) => calls.push(`button a ${error.code}`)}>
          A
        </CheckoutButton>
        <CheckoutButton priceId="b">B</CheckoutButton>
      </>,
      { onError: (error) => calls.push(`provider ${error.code}`) },
    );
    fireEvent.click(screen.getByRole('button', { name: 'A' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'B' }));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls).toEqual(['button a network', 'provider network', 'provider network']);
  });

  it('gets errors of the hook too, and nested providers each get them, innermost first', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json({ url: 'javascript:alert(1)' })));
    const calls: string[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SWRConfig value={{ provider: () => new Map() }}>
        <CheckoutProvider onError={(error) => calls.push(`outer ${error.code}`)}>
          <CheckoutProvider
            endpoint="/api/checkout-sessions"
            onError={(error) => calls.push(`inner ${error.code}`)}
          >
            {children}
          </CheckoutProvider>
        </CheckoutProvider>
      </SWRConfig>
    );
    const { result } = renderHook(() => useCreateCheckoutSession(), { wrapper });
    await act(() => result.current.createCheckoutSession({ priceId: 'p' }));
    expect(calls).toEqual(['inner unsafe_redirect', 'outer unsafe_redirect']);
  });

  it('is not called for success or for a cancelled checkout, and a throwing one is reported', async () => {
    const onError = vi.fn<(error: CheckoutError) => void>();
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const first = renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>, { onError });
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(first.navigate).toHaveBeenCalledTimes(1));
    first.unmount();

    const { arrived } = holdAnswer();
    const second = renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>, { onError });
    fireEvent.click(screen.getByRole('button'));
    await arrived;
    second.unmount(); // cancels the request in flight
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onError).not.toHaveBeenCalled();

    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>, {
      onError: () => {
        throw new Error('logger down');
      },
    });
    fireEvent.click(screen.getByRole('button'));
    expect(await screen.findByRole('alert')).toHaveAttribute('data-checkout-error', 'network');
    expect(reported.mock.calls.map(([error]) => String(error))).toEqual(['Error: logger down']);
  });
});
