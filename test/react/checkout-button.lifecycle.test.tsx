import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { CheckoutButton } from '../../src/index';
import { okBody, ROUTE, requests, server, serveWithMsw } from '../msw-server';
import { renderCheckout } from './render-checkout';

serveWithMsw();

const button = () => screen.getByRole('button');
const pageShow = (persisted: boolean) =>
  act(() => {
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted }));
  });

describe('CheckoutButton: leaving and coming back', () => {
  it('unmounting mid-flight aborts the request, never navigates, reports nothing', async () => {
    let aborted = false;
    let answered = () => {};
    const seen = new Promise<void>((resolve) => {
      answered = resolve;
    });
    server.use(
      http.post(ROUTE, async ({ request }) => {
        request.signal.addEventListener('abort', () => {
          aborted = true;
        });
        answered();
        await delay(50);
        return HttpResponse.json(okBody());
      }),
    );
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const { navigate, unmount } = renderCheckout(
      <CheckoutButton priceId="p" onError={onError} onSuccess={onSuccess}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await seen;
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(aborted).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
    // setup-dom fails the test if React logged any warning.
  });

  it('a page restored from the back/forward cache puts a redirecting button back to idle', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const { navigate } = renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>);
    fireEvent.click(button());
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'redirecting'));
    expect(navigate).toHaveBeenCalledTimes(1);

    pageShow(false); // an ordinary load is not a return
    expect(button()).toHaveAttribute('data-state', 'redirecting');

    pageShow(true);
    expect(button()).toHaveAttribute('data-state', 'idle');
    expect(button()).toBeEnabled();
    expect(button()).toHaveTextContent('Buy');

    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(2));
    expect(requests).toHaveLength(2);
  });

  it('a restored page also frees a button frozen while creating, and drops the stale answer', async () => {
    server.use(
      http.post(ROUTE, async () => {
        await delay(40);
        return HttpResponse.json(okBody());
      }),
    );
    const { navigate } = renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>);
    fireEvent.click(button());
    expect(button()).toHaveAttribute('data-state', 'creating');
    pageShow(true);
    expect(button()).toHaveAttribute('data-state', 'idle');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(button()).toHaveAttribute('data-state', 'idle');
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('CheckoutButton: preconnect', () => {
  const links = () =>
    [...document.head.querySelectorAll('link[rel="preconnect"]')].map((l) => l.getAttribute('href'));

  it('adds one preconnect to the checkout origin on hover, focus or touch', () => {
    document.head.innerHTML = '';
    renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>);
    expect(links()).toEqual([]);
    fireEvent.pointerEnter(button());
    fireEvent.focus(button());
    fireEvent.touchStart(button());
    expect(links()).toEqual(['https://app.flowglad.com']);
    expect(requests).toHaveLength(0);
  });

  it('uses the configured origin, and can be turned off', () => {
    document.head.innerHTML = '';
    const { rerender } = renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>, {
      preconnect: 'https://checkout.example.com/path',
    });
    fireEvent.focus(button());
    expect(links()).toEqual(['https://checkout.example.com']);
    rerender(
      <CheckoutButton priceId="p" preconnect={false}>
        Buy
      </CheckoutButton>,
    );
    document.head.innerHTML = '';
    fireEvent.pointerEnter(button());
    expect(links()).toEqual([]);
  });

  it("keeps the consumer's own hover and focus handlers", () => {
    const onFocus = vi.fn();
    const onPointerEnter = vi.fn();
    renderCheckout(
      <CheckoutButton priceId="p" onFocus={onFocus} onPointerEnter={onPointerEnter}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.focus(button());
    fireEvent.pointerEnter(button());
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onPointerEnter).toHaveBeenCalledTimes(1);
  });
});
