import type { CheckoutSessionInput } from '../core/types';
import { getCheckoutSessionState, handleCheckoutGet } from './checkout-get';
import { createCheckoutSessionOnServer, handleCheckoutPost } from './checkout-post';
import { resolveHandlerSettings } from './options';
import { refusal } from './refusal';
import { createRouteContext } from './route-context';
import type { CheckoutSessionHandler, CheckoutSessionHandlerOptions } from './types';

/**
 * Creates your checkout route: a Web-standard `(request: Request) => Promise<Response>` that holds the
 * Flowglad secret key, decides who pays (`getCustomer`, never the body; a guest when `guestCheckout`
 * allows it) and creates a hosted checkout session at Flowglad (`POST`), then tells this browser how
 * that checkout went (`GET`, for your thanks page: `{ checkoutSession: { id, status, … } }`, or
 * `{ checkoutSession: null }` when this browser has none, recognised by an HttpOnly cookie the `POST`
 * set). `handler.getCheckoutSession(request)` gives the same answer to server-rendered pages. It refuses — with JSON
 * `{ error: { code, message, issues? } }` and a shopper-safe `message` — anything that is not a
 * same-site JSON `POST` of at most 16 KiB from your `appOrigins` (or the button's form post before
 * hydration, which is answered as a navigation: 303 to Flowglad, or back to the page, never JSON), input that fails the client's own
 * schema (a `customerExternalId` included), a `successUrl`/`cancelUrl` off your origins, shoppers who
 * are not signed in (unless `guestCheckout`) or not authorized, and checkouts Flowglad refuses or
 * fails; the README's Security table gives the status of each. Success is 200
 * `{ checkoutSession, url, reused }` with `url` checked to be Flowglad's own page. Every answer has
 * `Cache-Control: no-store` and never holds the secret key or an error's details (those go to
 * `onError`, or the console in development). It throws only at construction, on missing or broken
 * options, saying what to pass.
 *
 * Works as a Next.js App Router route, in any fetch-style runtime, and under Node `http` or Express via
 * {@link toNodeHandler}. Needs the `@flowglad/node` package.
 *
 * @example
 * ```ts
 * // app/api/checkout-sessions/route.ts
 * import { createCheckoutSessionHandler } from 'react-flowglad-checkout/server';
 * const handler = createCheckoutSessionHandler({
 *   getCustomer: async () => {
 *     const user = await currentUser();
 *     return user ? { externalId: user.id, email: user.email, name: user.name } : null;
 *   },
 *   appOrigins: ['https://shop.example.com'],
 *   guestCheckout: { prices: ['price_tee'] }, // what signed-out shoppers may buy
 * });
 * export { handler as GET, handler as POST };
 *
 * // app/thanks/page.tsx (a server component): the status on first paint
 * const { status } = await handler.getCheckoutSession(new Request(pageUrl, { headers: await headers() }));
 * ```
 */
export function createCheckoutSessionHandler(options: CheckoutSessionHandlerOptions): CheckoutSessionHandler {
  const context = createRouteContext(options, resolveHandlerSettings(options));
  // Start loading @flowglad/node now, so the first shopper does not wait for it (a failure is reported
  // on the first request instead).
  context.upstream.load().catch(() => {});

  const handler = async function handleCheckoutSession(request: Request): Promise<Response> {
    try {
      if (request.method === 'POST') return await handleCheckoutPost(request, context);
      if (request.method === 'GET') return await handleCheckoutGet(request, context);
      await request.body?.cancel().catch(() => {});
      throw refusal('method_not_allowed', { headers: { allow: 'GET, POST' } });
    } catch (error) {
      return context.answer(request, error);
    }
  };
  return Object.assign(handler, {
    getCheckoutSession: (request: Request) => getCheckoutSessionState(request, context),
    createCheckoutSession: (request: Request, input: CheckoutSessionInput) =>
      createCheckoutSessionOnServer(request, input, context),
  });
}
