// The checkout route on Bun's own server. Run: `npm start` (see README.md for the environment).
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
  appOrigins: [process.env.SHOP_ORIGIN ?? 'http://localhost:3000'],
});

const server = Bun.serve({
  hostname: process.env.HOST ?? 'localhost',
  port: Number(process.env.PORT ?? 3000),
  routes: { '/api/checkout-sessions': checkout },
  fetch: () => new Response('Not found', { status: 404 }),
});
console.log(`Checkout route on ${server.url}api/checkout-sessions`);
