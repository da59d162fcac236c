import { checkoutOrigin } from 'virtual:storefront-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckoutProvider } from '../src/index';
import { CheckoutResultPage } from './checkout-result-page';
import { Storefront } from './storefront';
import './storefront.css';

// Three pages, picked by path: the store, and where the hosted checkout's Pay and Cancel return to.
const path = window.location.pathname;
const page =
  path === '/success' ? (
    <CheckoutResultPage outcome="success" />
  ) : path === '/cancel' ? (
    <CheckoutResultPage outcome="cancel" />
  ) : (
    <Storefront />
  );

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* The hosted checkout may be the stand-in's http origin: it must be listed to be allowed. */}
      <CheckoutProvider allowedRedirectOrigins={[checkoutOrigin]} preconnect={checkoutOrigin}>
        {page}
      </CheckoutProvider>
    </StrictMode>,
  );
}
