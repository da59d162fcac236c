import { act, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, type CheckoutError, CheckoutProvider } from '../../src/index';
import { createCheckoutSessionHandler } from '../../src/server';
import { okBody, ROUTE, requests, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';

serveWithMsw();

const warnings = expectCheckoutWarnings();

const PAGE = 'https://shop.test/cart?item=1';
let container: HTMLDivElement;
let root: Root | undefined;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  history.replaceState(null, '', PAGE);
});

/** The page as the server sent it: markup only, no React yet. */
const serve = (ui: ReactElement) => {
  // React 18 notes that useLayoutEffect does nothing on the server whenever a server render runs where
  // `document` exists, as only in a test; a real server has none. Anything else it says fails the test.
  const said = vi.spyOn(console, 'error').mockImplementation(() => {});
  container.innerHTML = renderToString(ui);
  const others = said.mock.calls.filter(
    ([text]) => !String(text).includes('useLayoutEffect does nothing on the server'),
  );
  said.mockRestore();
  expect(others).toEqual([]);
};
/** React takes over the server's markup. */
const hydrate = (ui: ReactElement) =>
  act(() => {
    root = hydrateRoot(container, ui);
  });
/** Every submit the form saw, with what it would have posted; the navigation itself is cancelled. */
function watchSubmits() {
  expect(container.querySelector('form[data-checkout-form]')).not.toBeNull();
  const posted: (string | null)[] = [];
  container.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    posted.push(`${form.method} ${form.action} ${new FormData(form).get('checkoutSession')}`);
  });
  return posted;
}

describe('before hydration: a press posts the form', () => {
  it('the submit button posts the session to the endpoint (what a browser without JavaScript does)', () => {
    serve(
      <CheckoutProvider endpoint="/api/checkout-sessions">
        <CheckoutButton priceId="price_1" quantity={3} successUrl="/thanks">
          Buy
        </CheckoutButton>
      </CheckoutProvider>,
    );
    const posted = watchSubmits();
    screen.getByRole('button', { name: 'Buy' }).click();
    expect(posted).toEqual([
      'post https://shop.test/api/checkout-sessions {"priceId":"price_1","quantity":3,"successUrl":"/thanks","type":"product"}',
    ]);
    expect(requests).toHaveLength(0);
  });
});

describe('after hydration: the JSON path, and the form is never also submitted', () => {
  it('hydrates without a mismatch, then a click sends exactly one request and no form post', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const navigate = vi.fn();
    const ui = (
      <CheckoutProvider navigate={navigate}>
        <CheckoutButton priceId="price_1" quantity={2}>
          Buy
        </CheckoutButton>
      </CheckoutProvider>
    );
    serve(ui);
    hydrate(ui);
    const posted = watchSubmits();
    act(() => screen.getByRole('button').click());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(posted).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
  });

  it("the consumer's onClick preventDefault cancels both: no request, no form post", async () => {
    const ui = (
      <CheckoutButton priceId="p" onClick={(event) => event.preventDefault()}>
        Buy
      </CheckoutButton>
    );
    serve(ui);
    hydrate(ui);
    const posted = watchSubmits();
    act(() => screen.getByRole('button').click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(posted).toEqual([]);
    expect(requests).toHaveLength(0);
  });

  it('asChild with a link: hydrated, a click starts the checkout and neither follows the link nor posts', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const navigate = vi.fn();
    const ui = (
      <CheckoutProvider navigate={navigate}>
        <CheckoutButton asChild priceSlug="pro">
          <a href="/pricing">Buy</a>
        </CheckoutButton>
      </CheckoutProvider>
    );
    serve(ui);
    hydrate(ui);
    const posted = watchSubmits();
    let followed: boolean | undefined;
    document.addEventListener(
      'click',
      (event) => {
        followed = !event.defaultPrevented;
      },
      { once: true },
    );
    act(() => screen.getByRole('link').click());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(followed).toBe(false);
    expect(posted).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});

describe('a refused form post comes back with a marker: the matching button shows it once hydrated', () => {
  const at = (search: string) => history.replaceState(null, '', `/cart${search}`);
  const twoButtons = (
    <>
      <CheckoutButton priceId="price_1">Buy one</CheckoutButton>
      <CheckoutButton priceSlug="pro">Buy pro</CheckoutButton>
    </>
  );

  it("shows the shopper sentence for the route's code on the button it came from, then clears the URL", async () => {
    at('?item=1&checkout_error=unauthenticated&checkout_for=price_1');
    const onError = vi.fn<(error: CheckoutError) => void>();
    serve(twoButtons);
    hydrate(<CheckoutProvider onError={onError}>{twoButtons}</CheckoutProvider>);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please sign in to continue to checkout.');
    expect(alert).toHaveAttribute('data-checkout-error', 'http');
    expect(screen.getByRole('button', { name: 'Buy one' })).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('button', { name: 'Buy pro' })).toHaveAttribute('data-state', 'idle');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(location.href).toBe('https://shop.test/cart?item=1');
    // The integrator hears it too, with the route's code (e.g. to send the shopper to sign in).
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'http', routeCode: 'unauthenticated' });
    expect(warnings().map(([text]) => String(text))).toEqual([
      expect.stringContaining('[react-flowglad-checkout] http (unauthenticated):'),
    ]);
  });

  it('matches by priceSlug, and a custom errorMessage keyed on routeCode applies', async () => {
    at('?checkout_for=pro&checkout_error=forbidden');
    hydrateFresh(
      <CheckoutButton
        priceSlug="pro"
        errorMessage={(error) => (error.routeCode === 'forbidden' ? 'Pro is for members.' : 'Other')}
      >
        Buy pro
      </CheckoutButton>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Pro is for members.');
    expect(location.search).toBe('');
  });

  it('without checkout_for (the post could not be read), every button shows it', async () => {
    at('?checkout_error=invalid_json');
    hydrateFresh(twoButtons);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    for (const alert of screen.getAllByRole('alert')) {
      expect(alert).toHaveTextContent(
        'The checkout request could not be read. Please reload the page and try again.',
      );
    }
    expect(location.search).toBe('');
  });

  it.each([
    { name: 'an unknown code', search: '?checkout_error=%3Cb%3Ehacked%3C%2Fb%3E&checkout_for=price_1' },
    { name: 'an inherited property name', search: '?checkout_error=constructor&checkout_for=price_1' },
    { name: 'another button’s key', search: '?checkout_error=unauthenticated&checkout_for=price_9' },
  ])('ignores $name: no alert, and never any text from the URL', async ({ search }) => {
    at(search);
    hydrateFresh(twoButtons);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.textContent).not.toContain('hacked');
  });

  it('a click after the marker is a fresh checkout', async () => {
    at('?checkout_error=upstream_error&checkout_for=price_1');
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const navigate = vi.fn();
    hydrateFresh(
      <CheckoutProvider navigate={navigate}>
        <CheckoutButton priceId="price_1">Buy one</CheckoutButton>
      </CheckoutProvider>,
    );
    await screen.findByRole('alert');
    act(() => screen.getByRole('button').click());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("the route's refusal of the button's own form post comes back to that button (both halves agree)", async () => {
    at('?item=1');
    const buttons = (
      <>
        <CheckoutButton priceSlug="pro" successUrl="/thanks">
          Buy pro
        </CheckoutButton>
        <CheckoutButton priceId="price_1">Buy one</CheckoutButton>
      </>
    );
    serve(buttons);
    // What the browser posts before hydration, from the server's markup, to the real route: signed out.
    const form = container.querySelector('form') as HTMLFormElement;
    const route = createCheckoutSessionHandler({
      getCustomer: () => null,
      appOrigins: ['https://shop.test'],
      apiKey: 'sk_test_never_used',
      onError: () => {},
    });
    const answer = await route(
      new Request(form.action, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'https://shop.test',
          referer: location.href,
        },
        body: new URLSearchParams([...new FormData(form)] as [string, string][]).toString(),
      }),
    );
    expect(answer.status).toBe(303);
    history.replaceState(null, '', answer.headers.get('location'));
    hydrate(buttons);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please sign in to continue to checkout.');
    expect(screen.getByRole('button', { name: 'Buy pro' })).toHaveAttribute('data-state', 'error');
    expect(screen.getByRole('button', { name: 'Buy one' })).toHaveAttribute('data-state', 'idle');
    expect(location.href).toBe('https://shop.test/cart?item=1');
  });

  /** Server markup and hydration of the same element. */
  function hydrateFresh(ui: ReactElement) {
    serve(ui);
    hydrate(ui);
  }
});
