import { createFileRoute } from '@tanstack/react-router';
import { checkout } from '../../checkout.server';

// The checkout route: POST (CheckoutButton) creates a checkout, GET tells this browser how it went.
export const Route = createFileRoute('/api/checkout-sessions')({
  server: {
    handlers: {
      GET: ({ request }) => checkout(request),
      POST: ({ request }) => checkout(request),
    },
  },
});
