import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { CheckoutButton, type CheckoutError } from '../../src/index';
import { okBody, ROUTE, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

const button = () => screen.getByRole('button');
const boom = (what: string) => () => {
  throw new Error(`${what} broke`);
};
/** An async callback whose promise rejects, as a remote logger that is down does. */
const rejects = (what: string) => async () => {
  throw new Error(`${what} broke`);
};

// jsdom has no reportError: what a callback throws is reported with console.error.
let reported: MockInstance<typeof console.error>;
beforeEach(() => {
  server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
  reported = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => reported.mockRestore());
const reportedMessages = () => reported.mock.calls.map(([error]) => String(error));

describe("CheckoutButton: the integrator's callbacks are never in the way", () => {
  it.each([
    { name: 'onSuccess throws', props: { onSuccess: boom('onSuccess') }, thrower: 'onSuccess' },
    { name: 'onRedirect throws', props: { onRedirect: boom('onRedirect') }, thrower: 'onRedirect' },
  ])('$name → the shopper still goes to checkout, the error is reported', async ({ props, thrower }) => {
    const onRedirect = vi.fn();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" onRedirect={onRedirect} {...props}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(okBody().url));
    expect(button()).toHaveAttribute('data-state', 'redirecting');
    expect(reportedMessages()).toEqual([`Error: ${thrower} broke`]);
    // Each callback runs on its own: onSuccess throwing does not skip onRedirect.
    if (thrower === 'onSuccess') expect(onRedirect).toHaveBeenCalledTimes(1);
  });

  it.each([
    { name: 'an async onSuccess rejects', props: { onSuccess: rejects('onSuccess') }, thrower: 'onSuccess' },
    {
      name: 'an async onRedirect rejects',
      props: { onRedirect: rejects('onRedirect') },
      thrower: 'onRedirect',
    },
  ])(
    '$name → reported, never an unhandled rejection; the shopper still goes to checkout',
    async ({ props, thrower }) => {
      const { navigate } = renderCheckout(
        <CheckoutButton priceId="p" {...props}>
          Buy
        </CheckoutButton>,
      );
      fireEvent.click(button());
      await waitFor(() => expect(navigate).toHaveBeenCalledWith(okBody().url));
      await waitFor(() => expect(reportedMessages()).toEqual([`Error: ${thrower} broke`]));
      expect(button()).toHaveAttribute('data-state', 'redirecting');
    },
  );

  it('both throw → both are reported and the shopper still goes to checkout', async () => {
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" onSuccess={boom('onSuccess')} onRedirect={boom('onRedirect')}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(reportedMessages()).toEqual(['Error: onSuccess broke', 'Error: onRedirect broke']);
  });
});

describe('CheckoutButton: navigate throwing', () => {
  expectCheckoutWarnings();

  it('is an error (navigation_failed) with the button usable again, never stuck on "Redirecting"', async () => {
    const onError = vi.fn<(error: CheckoutError) => void>();
    const navigate = vi.fn<(url: string) => void>(boom('router'));
    renderCheckout(
      <CheckoutButton priceId="p" onError={onError}>
        Buy
      </CheckoutButton>,
      { navigate },
    );
    fireEvent.click(button());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-checkout-error', 'navigation_failed');
    expect(alert).toHaveTextContent('Checkout is unavailable right now');
    expect(button()).toHaveAttribute('data-state', 'error');
    expect(button()).toBeEnabled();
    expect(button()).toHaveTextContent('Buy');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'navigation_failed' });
    expect(onError.mock.calls[0]?.[0].message).toContain('router broke');
    expect(onError.mock.calls[0]?.[0].cause).toBeInstanceOf(Error);

    // A retry goes through once navigate works.
    navigate.mockImplementation(() => {});
    fireEvent.click(button());
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'redirecting'));
    expect(navigate).toHaveBeenCalledTimes(2);
  });

  it('an async navigate that rejects ends in navigation_failed, the button usable again', async () => {
    const onError = vi.fn<(error: CheckoutError) => void>();
    const navigate = vi.fn<(url: string) => Promise<void>>(rejects('router'));
    renderCheckout(
      <CheckoutButton priceId="p" onError={onError}>
        Buy
      </CheckoutButton>,
      { navigate },
    );
    fireEvent.click(button());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-checkout-error', 'navigation_failed');
    expect(button()).toHaveAttribute('data-state', 'error');
    expect(button()).toBeEnabled();
    expect(button()).toHaveTextContent('Buy');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0].message).toContain('router broke');
    expect(reportedMessages()).toEqual([]);
  });

  it('shows "Redirecting" while an async navigate is under way', async () => {
    let finish = () => {};
    const navigate = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>, { navigate });
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'redirecting'));
    expect(button()).toHaveTextContent('Redirecting to checkout…');
    act(finish);
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'redirecting'));
  });

  it.each([
    { name: 'its own async onError', own: rejects('onError'), provider: undefined },
    { name: "the provider's async onError", own: undefined, provider: rejects('onError') },
  ])('$name rejecting is reported, never an unhandled rejection', async ({ own, provider }) => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    renderCheckout(
      <CheckoutButton priceId="p" onError={own}>
        Buy
      </CheckoutButton>,
      { onError: provider },
    );
    fireEvent.click(button());
    expect(await screen.findByRole('alert')).toHaveAttribute('data-checkout-error', 'network');
    await waitFor(() => expect(reportedMessages()).toEqual(['Error: onError broke']));
  });

  it('onError throwing is reported too, and the error state still shows', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    renderCheckout(
      <CheckoutButton priceId="p" onError={boom('onError')}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    expect(await screen.findByRole('alert')).toHaveAttribute('data-checkout-error', 'network');
    expect(button()).toBeEnabled();
    expect(reportedMessages()).toEqual(['Error: onError broke']);
  });
});
