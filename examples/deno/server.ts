// The checkout route on Deno's own server. Run: `npm start` (see README.md for the environment).
import { createCheckoutSessionHandler } from 'react-flowglad-checkout/server';

/** The demo's sign-in: who is shopping, from a cookie. A real shop asks its auth library instead. */
function currentShopper(request: Request): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === 'shopper' && value) return decodeURIComponent(value);
  }
  return undefined;
}

const checkout = createCheckoutSessionHandler({
  getCustomer(request) {
    const shopper = currentShopper(request);
    return shopper ? { externalId: shopper, name: shopper, email: `${shopper}@example.com` } : null;
  },
  // The shop's public origin: the pages that may call the route, and where shoppers may return to.
  appOrigins: [Deno.env.get('SHOP_ORIGIN') ?? 'http://localhost:3000'],
});

Deno.serve(
  { hostname: Deno.env.get('HOST') ?? 'localhost', port: Number(Deno.env.get('PORT') ?? 3000) },
  (request) =>
    new URL(request.url).pathname === '/api/checkout-sessions'
      ? checkout(request)
      : new Response('Not found', { status: 404 }),
);
