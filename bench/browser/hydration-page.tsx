import { hydrateRoot } from 'react-dom/client';
// Typed against the source; bench/bundle-bench-page.ts bundles the BUILT package in its place.
import { CheckoutButton, CheckoutProvider } from '../../src/index';
import { HydrationStore } from './hydration-store';

// Hydrates the server's HTML of bench row (g); the server wrote the hosted checkout's origin on the root.
const root = document.getElementById('root') as HTMLElement;
hydrateRoot(
  root,
  <HydrationStore
    library={{ CheckoutButton, CheckoutProvider }}
    checkoutOrigin={root.dataset.checkoutOrigin ?? ''}
  />,
);
