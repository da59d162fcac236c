import { fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, createCheckoutSession, isCheckoutError } from '../../src/index';
import { okBody, ROUTE, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

const warnings = expectCheckoutWarnings();
afterEach(() => vi.unstubAllEnvs());

const settle = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);

describe('in development, every failed checkout is logged once with console.warn', () => {
  it('says the code and the developer message, with the error itself', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const error = await settle(createCheckoutSession({ priceId: 'p' }));
    expect(warnings()).toEqual([
      [
        expect.stringMatching(/^\[react-flowglad-checkout\] network: Could not reach the checkout route/),
        error,
      ],
    ]);
  });

  it("adds the route's code, and where to look next", async () => {
    server.use(
      http.post(ROUTE, () =>
        HttpResponse.json(
          { error: { code: 'unauthenticated', message: 'Please sign in to continue to checkout.' } },
          { status: 401 },
        ),
      ),
    );
    await settle(createCheckoutSession({ priceId: 'p' }));
    expect(warnings().map(([text]) => text)).toEqual([
      "[react-flowglad-checkout] http (unauthenticated): Please sign in to continue to checkout. — the route's getCustomer returned null, and guestCheckout did not allow this checkout.",
    ]);
  });

  it('logs invalid input, which sends nothing', async () => {
    await settle(createCheckoutSession({ priceSlug: '' }));
    expect(warnings().map(([text]) => text)).toEqual([
      expect.stringContaining('invalid_input: Invalid checkout input: priceSlug must be a non-empty string'),
    ]);
  });

  it('does not log a cancelled request', async () => {
    const error = await settle(createCheckoutSession({ priceId: 'p' }, { signal: AbortSignal.abort() }));
    expect(isCheckoutError(error, 'aborted')).toBe(true);
    expect(warnings()).toEqual([]);
  });

  it('logs once per failure through the button, and once when navigate throws', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const navigate = vi.fn<(url: string) => void>(() => {
      throw new Error('router down');
    });
    renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>, { navigate });
    fireEvent.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(warnings()).toHaveLength(1);

    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    fireEvent.click(screen.getByRole('button'));
    await screen.findByText(/unavailable right now/);
    expect(warnings().map(([text]) => text)).toEqual([
      expect.stringContaining('] network:'),
      expect.stringContaining('] navigation_failed: The navigate option failed (Error: router down)'),
    ]);
  });

  it('is silent when NODE_ENV is production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const error = await settle(createCheckoutSession({ priceId: 'p' }));
    expect(isCheckoutError(error, 'network')).toBe(true);
    expect(warnings()).toEqual([]);
  });
});
