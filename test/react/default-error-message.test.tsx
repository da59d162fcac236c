import { fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  CheckoutButton,
  CheckoutError,
  type CheckoutErrorCode,
  type CheckoutRouteErrorCode,
  defaultErrorMessage,
} from '../../src/index';
import { ROUTE, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

expectCheckoutWarnings();

const UNAVAILABLE = 'Checkout is unavailable right now. Please try again in a moment.';
const DEVELOPER_TEXT =
  'The checkout route (/api/x) answered HTTP 404 with an empty body. Check that endpoint…';

/** Every client code and what a shopper reads for it: the compiler makes this table complete. */
const SHOPPER_TEXT = {
  invalid_input: 'This checkout could not be started. Please check your order and try again.',
  network: 'Could not reach checkout. Check your connection and try again.',
  timeout: 'Checkout took too long to answer. Please try again.',
  aborted: UNAVAILABLE,
  http: UNAVAILABLE,
  invalid_response: UNAVAILABLE,
  unsafe_redirect: UNAVAILABLE,
  navigation_failed: UNAVAILABLE,
} satisfies Record<CheckoutErrorCode, string>;

/** Every route code with a status the route answers it with: the compiler makes this table complete. */
const ROUTE_STATUS = {
  method_not_allowed: 405,
  unsupported_media_type: 415,
  payload_too_large: 413,
  request_timeout: 408,
  invalid_json: 400,
  forbidden_origin: 403,
  invalid_input: 400,
  redirect_not_allowed: 400,
  unauthenticated: 401,
  forbidden: 403,
  email_required: 403,
  rate_limited: 429,
  checkout_rejected: 400,
  no_checkout_session: 404,
  upstream_error: 502,
  upstream_timeout: 504,
  internal_error: 500,
} satisfies Record<CheckoutRouteErrorCode, number>;

const alertAfterClick = async () => {
  fireEvent.click(screen.getByRole('button'));
  return screen.findByRole('alert');
};

describe('defaultErrorMessage: what a shopper reads', () => {
  it.each(Object.entries(SHOPPER_TEXT).map(([code, text]) => ({ code: code as CheckoutErrorCode, text })))(
    '$code → the shopper text, never the developer message',
    ({ code, text }) => {
      const error = new CheckoutError(code, DEVELOPER_TEXT, { status: 404 });
      expect(defaultErrorMessage(error)).toBe(text);
    },
  );

  it.each(
    Object.entries(ROUTE_STATUS).map(([routeCode, status]) => ({
      routeCode: routeCode as CheckoutRouteErrorCode,
      status,
    })),
  )(
    "$routeCode: routeCode arrives, and the alert shows the route's shopper words",
    async ({ routeCode, status }) => {
      const words = `Route words for ${routeCode}.`;
      server.use(
        http.post(ROUTE, () =>
          HttpResponse.json({ error: { code: routeCode, message: words, issues: [] } }, { status }),
        ),
      );
      const errors: CheckoutError[] = [];
      renderCheckout(
        <CheckoutButton priceId="p" onError={(error) => errors.push(error)}>
          Buy
        </CheckoutButton>,
      );
      expect(await alertAfterClick()).toHaveTextContent(words);
      expect(errors[0]).toMatchObject({ code: 'http', status, routeCode });
    },
  );

  it.each([
    {
      name: 'an unknown code in the envelope',
      status: 500,
      body: { error: { code: 'E_DB', message: 'TypeError: cannot read properties of undefined' } },
    },
    { name: "Flowglad's raw refusal relayed", status: 400, body: { error: 'Invalid priceId: price_nope' } },
    { name: 'a message without a code', status: 401, body: { message: 'JWT expired at 12:00' } },
    { name: 'an empty 404', status: 404, body: null },
  ])('$name: no routeCode, and the shopper reads the generic sentence', async ({ status, body }) => {
    server.use(http.post(ROUTE, () => HttpResponse.json(body, { status })));
    const errors: CheckoutError[] = [];
    renderCheckout(
      <CheckoutButton priceId="p" onError={(error) => errors.push(error)}>
        Buy
      </CheckoutButton>,
    );
    expect(await alertAfterClick()).toHaveTextContent(UNAVAILABLE);
    expect(errors[0]?.routeCode).toBeUndefined();
  });

  it('invalid input the browser caught: the shopper text, the details stay in error.message', async () => {
    const errors: CheckoutError[] = [];
    renderCheckout(
      <CheckoutButton priceId="p" quantity={0} onError={(error) => errors.push(error)}>
        Buy
      </CheckoutButton>,
    );
    expect(await alertAfterClick()).toHaveTextContent(SHOPPER_TEXT.invalid_input);
    expect(errors[0]?.message).toContain('quantity must be a whole number from 1 to 2147483647');
  });
});
