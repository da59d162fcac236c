import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckoutSessionHandlerOptions } from '../../src/server';
import { startFlowgladStandIn } from '../../src/testing';
import { handlerFor, post, read, validSession } from './helpers';

// Flowglad creates a customer with email "" or "not-an-email" (recorded 200), and its hosted checkout page
// then throws validating the email (recorded 500): such a customer must never be created or used.
const standIn = await startFlowgladStandIn({
  customers: [
    { externalId: 'has_empty_email', name: 'No Email', email: '' },
    { externalId: 'has_good_email', name: 'Ada', email: 'ada@example.com' },
  ],
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const ADD_EMAIL = 'Add an email address to your account to check out.';
const calls = () =>
  standIn.apiRequests().map((request) => `${request.method} ${request.path} ${request.status}`);
const CREATE = 'POST /api/v1/checkout-sessions';

function make(
  customer: { externalId: string; name?: string; email?: unknown },
  options: Partial<CheckoutSessionHandlerOptions> = {},
) {
  const onError = vi.fn();
  const handler = handlerFor(standIn, {
    getCustomer: () => customer as never,
    onError,
    ...options,
  });
  const buy = async (overrides: Record<string, unknown> = {}) =>
    read(await handler(post({ checkoutSession: validSession(overrides) })));
  return { onError, buy };
}
const guestsMayBuy: Partial<CheckoutSessionHandlerOptions> = {
  guestCheckout: (_request, input) => input.type === 'product' && input.priceId === 'price_stand_in_tshirt',
};

describe('a signed-in shopper without a valid email never reaches a hosted page that throws', () => {
  it.each([
    { name: 'no email', email: undefined },
    { name: 'an empty email', email: '' },
    { name: '"not-an-email"', email: 'not-an-email' },
    { name: 'an email with spaces', email: 'ada @example.com' },
    { name: 'a number', email: 42 },
  ])(
    'a new customer with $name is not created at Flowglad: 403 email_required, getCustomer named to onError',
    async ({ email }) => {
      const { buy, onError } = make({ externalId: 'new_shopper', email });
      const answer = await buy();
      expect([answer.status, answer.body.error]).toEqual([
        403,
        { code: 'email_required', message: ADD_EMAIL },
      ]);
      expect(calls()).toEqual([`${CREATE} 500`]);
      expect(standIn.customers.has('new_shopper')).toBe(false);
      const [error, context] = onError.mock.calls[0] ?? [];
      expect(String(error)).toMatch(/getCustomer returned no valid email for the shopper "new_shopper"/);
      expect(context).toMatchObject({ stage: 'get_customer', status: 403, code: 'email_required' });
    },
  );

  it('a returning customer whose Flowglad record has an email is not asked for one: 200', async () => {
    const { buy } = make({ externalId: 'has_good_email' });
    expect((await buy()).status).toBe(200);
    expect(calls()).toEqual([`${CREATE} 200`]);
  });

  it('an existing Flowglad customer created with email "": the session is never handed out', async () => {
    const { buy, onError } = make({ externalId: 'has_empty_email', email: 'now@example.com' });
    const answer = await buy();
    expect([answer.status, answer.body.error?.code, answer.body.url]).toEqual([
      400,
      'checkout_rejected',
      undefined,
    ]);
    expect(answer.body.error?.message).toBe('This checkout could not be started. Please contact the shop.');
    const [error, context] = onError.mock.calls[0] ?? [];
    expect(String(error)).toMatch(
      /Flowglad's customer "has_empty_email" has the email "", which its checkout page refuses/,
    );
    expect(context).toMatchObject({ stage: 'create_session', status: 400 });
    const withoutEmail = make({ externalId: 'has_empty_email' });
    expect((await withoutEmail.buy()).body.error).toEqual({ code: 'email_required', message: ADD_EMAIL });
  });

  it('when guestCheckout allows this checkout, the shopper checks out as a guest (the hosted page asks for the email)', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { buy, onError } = make({ externalId: 'new_shopper', email: '' }, guestsMayBuy);
    const answer = await buy();
    expect(answer.status).toBe(200);
    expect(answer.body.checkoutSession).toMatchObject({ customerId: null, customerEmail: null });
    const creates = standIn
      .apiRequests()
      .map((request) => request.body as { checkoutSession: Record<string, unknown> });
    expect(creates.map((body) => body.checkoutSession.anonymous)).toEqual([undefined, true]);
    expect(standIn.customers.has('new_shopper')).toBe(false);
    expect(onError).not.toHaveBeenCalled();
    await buy();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/getCustomer returned no valid email.*checked out as a guest/);
    const existing = make({ externalId: 'has_empty_email', email: '' }, guestsMayBuy);
    expect(((await existing.buy()).body.checkoutSession as { customerId: unknown }).customerId).toBeNull();
  });

  it('a guest fallback is still bound by guestCheckout: a price it does not allow is refused, asking for the email', async () => {
    const { buy } = make({ externalId: 'new_shopper' }, guestsMayBuy);
    const answer = await buy({ priceId: 'price_stand_in_pro_monthly', quantity: 1 });
    expect(answer.body.error).toEqual({ code: 'email_required', message: ADD_EMAIL });
    expect(standIn.sessions.size).toBe(0);
  });

  it('add_payment_method for a new customer without an email is refused the same way, no customer created', async () => {
    const { buy } = make({ externalId: 'new_shopper', email: '' }, guestsMayBuy);
    const answer = await buy({ type: 'add_payment_method', priceId: undefined, quantity: undefined });
    expect([answer.status, answer.body.error?.code]).toEqual([403, 'email_required']);
    expect(standIn.customers.has('new_shopper')).toBe(false);
  });

  it('a new customer with a valid email is created with it', async () => {
    const { buy } = make({ externalId: 'new_shopper', email: 'new@example.com', name: 'New' });
    expect((await buy()).status).toBe(200);
    expect(standIn.customers.get('new_shopper')).toMatchObject({ email: 'new@example.com', name: 'New' });
  });
});
