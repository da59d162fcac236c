import { createRoot } from 'react-dom/client';
// Typed against the source; bench/first-paint-server.ts bundles the BUILT package in its place.
import { CheckoutButton, CheckoutProvider } from '../../src/index';

declare global {
  interface Window {
    /** Bound by bench/first-paint.ts (Playwright `exposeFunction`): the click's wall-clock time. */
    reportClick?: (epochMs: number) => void;
  }
}

// One storefront page per run, set up by its query: how the checkout starts, whether to preconnect
// to the hosted page's origin, and which shopper the route is told about.
const query = new URLSearchParams(location.search);
const checkoutOrigin = query.get('checkoutOrigin') ?? '';
const startOn = query.get('startOn') === 'pointerdown' ? 'pointerdown' : 'click';

addEventListener('click', (event) => window.reportClick?.(performance.timeOrigin + event.timeStamp), {
  capture: true,
});

createRoot(document.getElementById('root') as HTMLElement).render(
  <CheckoutProvider
    startOn={startOn}
    allowedRedirectOrigins={[checkoutOrigin]}
    preconnect={query.get('preconnect') === 'on' ? checkoutOrigin : false}
    headers={{ 'x-bench-customer': query.get('customer') ?? '' }}
  >
    <CheckoutButton id="buy" priceId="price_stand_in_tshirt" successUrl="/thanks">
      Buy
    </CheckoutButton>
    <p id="elsewhere">Not the button.</p>
  </CheckoutProvider>,
);
