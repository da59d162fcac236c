// @ts-check
// A Fastify 5 server with the checkout route. Run: `npm start` (see README.md for the environment).
import Fastify from 'fastify';
import { createCheckoutSessionHandler, toNodeHandler } from 'react-flowglad-checkout/server';

/** The demo's sign-in: who is shopping, from a cookie. A real shop asks its auth library instead. */
function currentShopper(/** @type {Request} */ request) {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === 'shopper' && value) return decodeURIComponent(value);
  }
  return undefined;
}

const checkout = toNodeHandler(
  createCheckoutSessionHandler({
    getCustomer(request) {
      const shopper = currentShopper(request);
      return shopper ? { externalId: shopper, name: shopper, email: `${shopper}@example.com` } : null;
    },
    // The shop's public origin: the pages that may call the route, and where shoppers may return to.
    appOrigins: [process.env.SHOP_ORIGIN ?? 'http://localhost:3000'],
  }),
);

const app = Fastify({ logger: true });

// The checkout route reads its own body (at most 16 KiB, JSON or a form post), so it lives in a plugin
// of its own whose content-type parser leaves the request stream untouched; toNodeHandler answers on
// the raw Node response. Every other route keeps Fastify's JSON parser.
app.register(async function checkoutRoute(scope) {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
  scope.route({
    method: ['GET', 'POST'],
    url: '/api/checkout-sessions',
    handler(request, reply) {
      reply.hijack();
      checkout(request.raw, reply.raw);
    },
  });
});

// Any other route of the shop, with Fastify's own JSON parsing.
app.post('/api/wishlist', async (request) => ({ saved: request.body }));

await app.listen({ host: process.env.HOST ?? 'localhost', port: Number(process.env.PORT ?? 3000) });
