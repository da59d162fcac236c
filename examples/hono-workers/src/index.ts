import { Hono } from 'hono';
import { html } from 'hono/html';
import { type CheckoutSessionHandler, createCheckoutSessionHandler } from 'react-flowglad-checkout/server';

/** The Worker's environment (wrangler.jsonc `vars`, and secrets). */
interface Env {
  FLOWGLAD_SECRET_KEY: string;
  /** A Flowglad stand-in in development; unset in production. */
  FLOWGLAD_BASE_URL?: string;
  /** The shop's public origin. */
  SHOP_ORIGIN: string;
}

/** The demo's sign-in: who is shopping, from a cookie. A real shop asks its auth library instead. */
function currentShopper(request: Request): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === 'shopper' && value) return decodeURIComponent(value);
  }
  return undefined;
}

// A Worker gets its environment with each request, not at start-up (there is no process.env to read).
// The environment is the same for every request an isolate serves, so the handler is built once per
// isolate, from the first request's env, and then reused: its HMAC key and Flowglad client too.
let handler: CheckoutSessionHandler | undefined;
function checkoutHandler(env: Env): CheckoutSessionHandler {
  handler ??= createCheckoutSessionHandler({
    apiKey: env.FLOWGLAD_SECRET_KEY,
    baseUrl: env.FLOWGLAD_BASE_URL || undefined,
    appOrigins: [env.SHOP_ORIGIN],
    getCustomer(request) {
      const shopper = currentShopper(request);
      return shopper ? { externalId: shopper, name: shopper, email: `${shopper}@example.com` } : null;
    },
  });
  return handler;
}

const WORDS = {
  none: 'No recent checkout in this browser.',
  open: 'Not paid yet.',
  pending: 'Processing…',
  succeeded: 'Paid — thank you!',
  failed: 'Payment failed.',
  expired: 'This checkout expired: nothing was charged.',
} as const;

const app = new Hono<{ Bindings: Env }>();

// The checkout route: POST creates a checkout, GET tells this browser how its last one went.
app.on(['GET', 'POST'], '/api/checkout-sessions', (c) => checkoutHandler(c.env)(c.req.raw));

// A thanks page rendered in the Worker: the status is in the first HTML the shopper gets.
app.get('/thanks', async (c) => {
  const { status, checkoutSession } = await checkoutHandler(c.env).getCheckoutSession(c.req.raw);
  return c.html(html`<!doctype html>
    <html lang="en">
      <head><title>Thank you</title></head>
      <body>
        <h1>Thank you for your order</h1>
        <p role="status" data-status="${status}">${WORDS[status]}</p>
        ${checkoutSession ? html`<p>Order ${checkoutSession.id}</p>` : ''}
      </body>
    </html>`);
});

export default app;
