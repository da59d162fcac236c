import { checkoutOrigin } from 'virtual:storefront-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckoutProvider } from '../src/index';
import '../src/styles.css';
import './storefront.css';
import { Storefront } from './storefront';
import { ThanksPage } from './thanks-page';

// Two pages, picked by path: the store, and the thanks page the hosted checkout returns to.
const page = window.location.pathname === '/success' ? <ThanksPage /> : <Storefront />;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* The hosted checkout's origin: Flowglad's (allowed by default) or a self-hosted one. */}
      <CheckoutProvider allowedRedirectOrigins={[checkoutOrigin]} preconnect={checkoutOrigin}>
        {page}
      </CheckoutProvider>
    </StrictMode>,
  );
}
