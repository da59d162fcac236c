import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, type CheckoutError } from '../../src/index';
import { holdAnswer, okBody, ROUTE, requests, sentBody, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

// Failed checkouts log a development warning each: collected here, checked in the dev-warning tests.
expectCheckoutWarnings();

const answer = (resolver: Parameters<typeof http.post>[1]) => server.use(http.post(ROUTE, resolver));

/** Holds the route's answer until the returned function releases it (inside act). */
const heldAnswer = (body = okBody()) => {
  const { release } = holdAnswer(body);
  return () => act(release);
};

const button = () => screen.getByRole('button');

afterEach(() => vi.restoreAllMocks());

describe('CheckoutButton: the happy path', () => {
  it('goes idle → creating → redirecting and navigates once, each callback once', async () => {
    const release = heldAnswer();
    const calls: string[] = [];
    const { navigate } = renderCheckout(
      <CheckoutButton
        priceId="price_123"
        quantity={2}
        onSuccess={(result) => calls.push(`success ${result.checkoutSession?.id}`)}
        onRedirect={(url) => calls.push(`redirect ${url}`)}
        onError={() => calls.push('error')}
      >
        Buy
      </CheckoutButton>,
    );
    // A submit button of its own form (for a press before hydration); clicks never post it.
    expect(button()).toHaveAttribute('type', 'submit');
    expect(button()).toHaveAttribute('data-state', 'idle');
    expect(button()).toHaveTextContent('Buy');
    expect(button()).toBeEnabled();

    fireEvent.click(button());
    expect(button()).toHaveAttribute('data-state', 'creating');
    expect(button()).toHaveAttribute('aria-busy', 'true');
    expect(button()).toBeDisabled();
    expect(button()).toHaveTextContent('Starting checkout…');

    await release();
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'redirecting'));
    expect(button()).toBeDisabled();
    expect(button()).toHaveTextContent('Redirecting to checkout…');
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(okBody().url);
    expect(calls).toEqual(['success chckt_session_1', `redirect ${okBody().url}`]);
    expect(await sentBody()).toEqual({
      checkoutSession: {
        type: 'product',
        priceId: 'price_123',
        quantity: 2,
        successUrl: 'https://shop.test/cart?item=1',
        cancelUrl: 'https://shop.test/cart?item=1',
      },
    });
  });

  it('sends the other session types from props', async () => {
    answer(() => HttpResponse.json(okBody()));
    const { navigate } = renderCheckout(
      <CheckoutButton type="activate_subscription" targetSubscriptionId="sub_9" successUrl="/welcome">
        Activate
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect((await sentBody()).checkoutSession).toEqual({
      type: 'activate_subscription',
      targetSubscriptionId: 'sub_9',
      successUrl: 'https://shop.test/welcome',
      cancelUrl: 'https://shop.test/cart?item=1',
    });
  });

  it('uses custom busy labels', async () => {
    const release = heldAnswer();
    renderCheckout(
      <CheckoutButton priceId="p" creatingLabel={<em>Hold on</em>} redirectingLabel="Off we go">
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    expect(button()).toHaveTextContent('Hold on');
    await release();
    await waitFor(() => expect(button()).toHaveTextContent('Off we go'));
  });
});

describe('CheckoutButton: every failure shows an alert, re-enables the button and never navigates', () => {
  const html = '<html><body>Bad gateway</body></html>';
  const cases: {
    name: string;
    resolver: Parameters<typeof http.post>[1] | null;
    code: string;
    message: string;
    props?: object;
  }[] = [
    {
      name: 'network',
      resolver: () => HttpResponse.error(),
      code: 'network',
      message: 'Could not reach checkout',
    },
    {
      name: 'timeout',
      resolver: async () => {
        await delay('infinite');
        return HttpResponse.json(okBody());
      },
      code: 'timeout',
      message: 'took too long',
      props: { timeoutMs: 30 },
    },
    {
      name: '400 with issues',
      resolver: () =>
        HttpResponse.json(
          { error: { code: 'invalid_input', message: 'That price is not for sale.', issues: [] } },
          { status: 400 },
        ),
      code: 'http',
      message: 'That price is not for sale.',
    },
    {
      name: '500 JSON',
      resolver: () =>
        HttpResponse.json(
          { error: { code: 'internal_error', message: 'Something went wrong. Please try again.' } },
          { status: 500 },
        ),
      code: 'http',
      message: 'Something went wrong. Please try again.',
    },
    {
      name: 'HTML error page',
      resolver: () => new HttpResponse(html, { status: 502 }),
      code: 'http',
      message: 'unavailable right now',
    },
    {
      name: 'empty body',
      resolver: () => new HttpResponse(null, { status: 503 }),
      code: 'http',
      message: 'unavailable right now',
    },
    {
      name: '200 without url',
      resolver: () => HttpResponse.json({}),
      code: 'invalid_response',
      message: 'unavailable right now',
    },
    {
      name: 'invalid JSON',
      resolver: () => new HttpResponse('{', { status: 200 }),
      code: 'invalid_response',
      message: 'unavailable right now',
    },
    {
      name: 'unsafe redirect',
      resolver: () => HttpResponse.json({ url: 'javascript:alert(1)' }),
      code: 'unsafe_redirect',
      message: 'unavailable right now',
    },
    {
      name: 'invalid input (no request)',
      resolver: null,
      code: 'invalid_input',
      message: 'Please check your order and try again.',
      props: { quantity: 0 },
    },
  ];

  it.each(cases)('$name', async ({ resolver, code, message, props = {} }) => {
    if (resolver) answer(resolver);
    const onError = vi.fn<(error: CheckoutError) => void>();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="price_1" onError={onError} {...props}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toBeVisible();
    expect(button()).toHaveAttribute('data-state', 'error');
    expect(button()).toBeEnabled();
    expect(button()).not.toHaveAttribute('aria-busy');
    expect(button()).toHaveTextContent('Buy');
    expect(navigate).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0].code).toBe(code);
    expect(requests).toHaveLength(resolver ? 1 : 0);
  });

  it('lets the user replace or hide the message, and retry', async () => {
    answer(() => HttpResponse.error());
    const { rerender } = renderCheckout(
      <CheckoutButton priceId="p" errorMessage={(error) => `Oops (${error.code})`}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    expect(await screen.findByRole('alert')).toHaveTextContent('Oops (network)');
    rerender(
      <CheckoutButton priceId="p" errorMessage={null}>
        Buy
      </CheckoutButton>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(button()).toHaveAttribute('data-state', 'error');

    answer(() => HttpResponse.json(okBody()));
    fireEvent.click(button());
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'redirecting'));
    expect(requests).toHaveLength(2);
  });
});

describe('CheckoutButton: clicks', () => {
  it('sends one request for a storm of twenty clicks', async () => {
    const release = heldAnswer();
    const { navigate } = renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>);
    const element = button();
    // Twenty native clicks before React re-renders: only the in-flight guard stands in the way.
    act(() => {
      for (let i = 0; i < 20; i++) element.click();
    });
    // And more while it is busy.
    for (let i = 0; i < 5; i++) fireEvent.click(element);
    await release();
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(requests).toHaveLength(1);
  });

  it("runs the consumer's onClick first; preventDefault cancels the checkout", async () => {
    answer(() => HttpResponse.json(okBody()));
    const order: string[] = [];
    server.events.on('request:start', () => order.push('request'));
    const { navigate, rerender } = renderCheckout(
      <CheckoutButton priceId="p" onClick={(event) => event.preventDefault()}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(0);
    expect(button()).toHaveAttribute('data-state', 'idle');

    rerender(
      <CheckoutButton priceId="p" onClick={() => order.push('onClick')}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(order).toEqual(['onClick', 'request']);
    server.events.removeAllListeners('request:start');
    server.events.on('request:start', ({ request }) => {
      requests.push(request);
    });
  });

  it('does nothing when disabled by its props', async () => {
    renderCheckout(
      <CheckoutButton priceId="p" disabled>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    expect(button()).toBeDisabled();
    expect(requests).toHaveLength(0);
  });

  it('passes native props through and forwards the ref', () => {
    const ref = createRef<HTMLButtonElement>();
    renderCheckout(
      <CheckoutButton ref={ref} priceId="p" id="buy" className="primary" aria-describedby="terms">
        Buy
      </CheckoutButton>,
    );
    expect(ref.current).toBe(button());
    expect(ref.current).toBeInstanceOf(HTMLButtonElement);
    expect(button()).toHaveAttribute('id', 'buy');
    expect(button()).toHaveClass('primary');
    expect(button()).toHaveAttribute('aria-describedby', 'terms');
    // Session props never leak onto the DOM.
    expect(button()).not.toHaveAttribute('priceId');
    expect(button()).not.toHaveAttribute('priceid');
  });
});
