import { checkoutOrigin, startOn } from 'virtual:storefront-config';
import { StrictMode, useEffect } from 'react';
import { SWRConfig } from 'swr';
import { CheckoutProvider, type CheckoutSessionState } from '../src/index';
import { pushCheckoutEvent } from './push-checkout-event';
import { Storefront } from './storefront';
import { ThanksPage } from './thanks-page';
import { DEMO_SESSION_ROUTE, type DemoShopperView } from './use-demo-shopper';

/**
 * What the server knew when it rendered a page, handed to the browser with it (so hydration renders
 * exactly what was painted): which page, who is signed in, and on the thanks page this browser's
 * checkout as `handler.getCheckoutSession(request)` read it.
 *
 * @example
 * ```ts
 * const state: DemoPageState = { page: 'store', shopper: null };
 * ```
 */
export interface DemoPageState {
  page: 'store' | 'thanks';
  shopper: DemoShopperView | null;
  /** The thanks page only; absent when the server could not read it (the page then asks itself). */
  checkout?: CheckoutSessionState;
}

/** Marks the page once React has hydrated it: from then on a press runs in the page, not as a form post. */
function useHydratedMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
}

/**
 * The demo store's React tree, the same on the server (`renderToString`) and in the browser
 * (`hydrateRoot`): the shopper the server read seeds `useDemoShopper`, the checkout it read seeds the
 * thanks page, and every checkout event goes to `window.dataLayer` as the README's recipe sends it.
 *
 * @example
 * ```tsx
 * hydrateRoot(root, <DemoApp state={state} />);
 * ```
 */
export function DemoApp({ state }: { state: DemoPageState }) {
  useHydratedMark();
  return (
    <StrictMode>
      <SWRConfig value={{ fallback: { [DEMO_SESSION_ROUTE]: state.shopper } }}>
        {/* The hosted checkout's origin: Flowglad's (allowed by default) or a self-hosted one. */}
        <CheckoutProvider
          allowedRedirectOrigins={[checkoutOrigin]}
          preconnect={checkoutOrigin}
          startOn={startOn}
          onCheckoutEvent={pushCheckoutEvent}
        >
          {state.page === 'thanks' ? <ThanksPage initialSession={state.checkout} /> : <Storefront />}
        </CheckoutProvider>
      </SWRConfig>
    </StrictMode>
  );
}
