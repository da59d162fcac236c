'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isCheckoutError } from 'react-flowglad-checkout/server';
import { checkout, SHOP_ORIGIN } from './checkout';

/**
 * A Server Action that starts the checkout and sends the shopper to Flowglad's page — a plain form
 * post, so it works before the page hydrates (or without JavaScript). The handler makes every check of
 * the route's POST (the post must come from the shop's origin; who pays comes from its cookies), keeps
 * the confirmation cookie for the thanks page, and a refusal comes back to the store as
 * `?checkout_error=<code>`, which the page shows in the shopper's words.
 */
export async function buyWithServerAction(formData: FormData) {
  const request = new Request(SHOP_ORIGIN, { method: 'POST', headers: await headers() });
  let url: string;
  try {
    const started = await checkout.createCheckoutSession(request, {
      priceSlug: 'tshirt',
      quantity: Number(formData.get('quantity') ?? 1),
      successUrl: '/thanks',
      cancelUrl: '/',
    });
    if (started.cookie) (await cookies()).set(started.cookie);
    url = started.url;
  } catch (error) {
    redirect(
      `/?checkout_error=${isCheckoutError(error) ? (error.routeCode ?? 'internal_error') : 'internal_error'}`,
    );
  }
  redirect(url);
}
