'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { checkout, SHOP_ORIGIN } from './checkout';

/** The cookie the route sets (`name=value; Path=/; Max-Age=…; HttpOnly; SameSite=Lax[; Secure]`), as Next.js sets cookies. */
async function keepCookie(setCookie: string) {
  const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
  const [name = '', ...value] = pair.split('=');
  const has = (attribute: string) => attributes.some((item) => item.toLowerCase() === attribute);
  const maxAge = attributes.find((item) => item.toLowerCase().startsWith('max-age='));
  (await cookies()).set(name, value.join('='), {
    path: '/',
    httpOnly: has('httponly'),
    secure: has('secure'),
    sameSite: 'lax',
    ...(maxAge ? { maxAge: Number(maxAge.split('=')[1]) } : {}),
  });
}

/**
 * A Server Action that starts the checkout and sends the shopper to Flowglad's page — a plain form
 * post, so it works before the page hydrates (or without JavaScript). It asks the same handler as the
 * route, with the shopper's own Origin and cookies, so every check of the route applies. A refusal
 * comes back to the store as `?checkout_error=<code>`.
 */
export async function buyWithServerAction(formData: FormData) {
  const incoming = await headers();
  const quantity = Number(formData.get('quantity') ?? 1);
  const response = await checkout(
    new Request(`${SHOP_ORIGIN}/api/checkout-sessions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: incoming.get('origin') ?? '',
        cookie: incoming.get('cookie') ?? '',
      },
      body: JSON.stringify({
        checkoutSession: {
          type: 'product',
          priceSlug: 'tshirt',
          quantity,
          successUrl: `${SHOP_ORIGIN}/thanks`,
          cancelUrl: `${SHOP_ORIGIN}/`,
        },
      }),
    }),
  );
  const answer = await response.json();
  if (!response.ok)
    redirect(`/?checkout_error=${encodeURIComponent(answer.error?.code ?? 'internal_error')}`);
  for (const setCookie of response.headers.getSetCookie()) await keepCookie(setCookie);
  redirect(answer.url);
}
