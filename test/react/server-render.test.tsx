// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckoutButton, CheckoutProvider } from '../../src/index';

describe('server rendering', () => {
  it('renders the idle button without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <CheckoutProvider endpoint="/api/checkout-sessions">
        <CheckoutButton priceId="price_123" quantity={2} className="buy">
          Buy
        </CheckoutButton>
      </CheckoutProvider>,
    );
    expect(html).toBe('<button class="buy" data-state="idle" type="button">Buy</button>');
  });

  it('renders asChild markup too', () => {
    const html = renderToString(
      <CheckoutButton asChild priceSlug="pro">
        <a href="/pricing">Buy</a>
      </CheckoutButton>,
    );
    expect(html).toBe('<a href="/pricing" data-state="idle">Buy</a>');
  });
});
