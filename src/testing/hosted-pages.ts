/**
 * The stand-in's hosted pages: enough of Flowglad's checkout pages to pay in a browser, checked in the
 * order Flowglad's are, and their markup.
 */
import { flowgladInputSchemas } from './flowglad-shapes';
import { isAlreadySubscribed, payStandInSession, type StandInState } from './stand-in-state';
import type { StandInCheckoutSession, StandInPrice } from './types';

/** The stand-in's organization, as page titles name it (`<organization> | <product>`). */
const ORGANIZATION_NAME = 'Flowglad stand-in';

const redirect = (location: string, status: number) =>
  new Response(null, { status, headers: { location, 'cache-control': 'no-store' } });

const notFoundPanic = (id: string) =>
  `Panic: Unwrap called on Err: Panic: Unwrap called on Err: NotFoundError: No checkout sessions found with id: ${id}`;

/** Where Flowglad's pages send a session that is no longer open: its intent's post-payment step. */
const postPayment = (state: StandInState, session: StandInCheckoutSession) =>
  redirect(
    `/purchase/post-payment?${state.intents.get(session.id) ?? `checkout_session=${session.id}`}`,
    307,
  );

/** `/checkout/{id}`, in the order Flowglad's page checks things. */
function checkoutPage(state: StandInState, id: string): Response {
  const session = state.sessions.get(id);
  if (!session) return errorPage('Checkout', notFoundPanic(id));
  if (!session.priceId) {
    return errorPage(
      'Checkout',
      `Panic: Unwrap called on Err: Error: No price id found for purchase session ${id}. Currently, only price / product checkout flows are supported on this page.`,
    );
  }
  const price = state.prices.find((candidate) => candidate.id === session.priceId);
  if (!price) return errorPage('Checkout', `The price ${session.priceId} is no longer in the catalogue.`);
  const title = `${ORGANIZATION_NAME} | ${price.name}`;
  if (isAlreadySubscribed(state, session)) return redirect(session.successUrl, 307);
  if (session.status !== 'open') return postPayment(state, session);
  const customer = state.customerById(session.customerId);
  if (customer && !flowgladInputSchemas.pageEmail.safeParse(customer.email).success) {
    return errorPage(
      title,
      `ZodError: readonlyCustomerEmail: Invalid email address (the customer's email is ${JSON.stringify(customer.email)})`,
    );
  }
  return productPage(title, price, session, customer ? undefined : { email: '' });
}

/** `/add-payment-method/{id}`: only for add_payment_method sessions of a customer. */
function addPaymentMethodPage(state: StandInState, id: string): Response {
  const session = state.sessions.get(id);
  if (!session) return errorPage('Add Payment Method', notFoundPanic(id));
  if (session.type !== 'add_payment_method' || !session.customerId) return notFoundPage();
  if (session.status !== 'open') return postPayment(state, session);
  return paymentMethodPage(session);
}

/** The stand-in's own Pay step (Stripe's form and its confirmation on Flowglad). */
function pay(state: StandInState, session: StandInCheckoutSession, form: string): Response {
  if (session.status !== 'open') return closedPage(session);
  const guest = session.type === 'product' && session.customerId === null;
  const email = new URLSearchParams(form).get('email')?.trim() ?? '';
  if (guest && !flowgladInputSchemas.pageEmail.safeParse(email).success) {
    const price = state.prices.find((candidate) => candidate.id === session.priceId);
    if (!price) return errorPage('Checkout', `The price ${session.priceId} is no longer in the catalogue.`);
    const error = email ? 'Enter a valid email address.' : 'Enter your email address to pay.';
    return productPage(`${ORGANIZATION_NAME} | ${price.name}`, price, session, { email, error }, 400);
  }
  const outcome = payStandInSession(state, session, email);
  return redirect(
    outcome === 'failed' ? `/checkout/${encodeURIComponent(session.id)}/failure` : session.successUrl,
    303,
  );
}

/** `/purchase/post-payment`: Flowglad settles the intent, then sends the shopper to `successUrl`. */
function postPaymentStep(state: StandInState, search: string): Response {
  const query = new URLSearchParams(search);
  const [param, value] = [...query].find(([key]) =>
    ['payment_intent', 'setup_intent', 'checkout_session'].includes(key),
  ) ?? ['', ''];
  if (!param) {
    return new Response('Either payment_intent, setup_intent, or checkout_session is required', {
      status: 400,
    });
  }
  const session =
    param === 'checkout_session'
      ? state.sessions.get(value)
      : [...state.sessions.values()].find(
          (candidate) => state.intents.get(candidate.id) === `${param}=${value}`,
        );
  if (!session) return new Response('Internal Server Error', { status: 500 });
  return redirect(session.successUrl, 303);
}

/** Enough of Flowglad's hosted pages to pay in a browser; `undefined` for any other path. */
export function handleHostedPage(
  state: StandInState,
  method: string,
  url: URL,
  form = '',
): Response | undefined {
  if (url.pathname === '/purchase/post-payment' && method === 'GET')
    return postPaymentStep(state, url.search);
  const match = /^\/(checkout|add-payment-method)\/([^/]+)(?:\/(pay|failure))?\/?$/.exec(url.pathname);
  if (!match || (method !== 'GET' && method !== 'POST')) return undefined;
  const [, kind, id = '', action] = match;
  if ((method === 'POST') !== (action === 'pay')) return undefined;
  if (!action) return kind === 'checkout' ? checkoutPage(state, id) : addPaymentMethodPage(state, id);
  const session = state.sessions.get(id);
  if (!session) return hostedPage(404, 'Checkout not found', '<h1 id="title">Checkout not found</h1>');
  return action === 'pay' ? pay(state, session, form) : failurePage(session);
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** An amount in the currency's smallest unit, as the page shows it (`2500, 'usd'` → `$25.00`). */
const formatMoney = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

const STYLES = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#111}
main{max-width:28rem;margin:3rem auto;width:calc(100% - 2rem);box-sizing:border-box;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dd{margin:0;text-align:right}
label{display:grid;gap:.25rem}input{font:inherit;padding:.5rem;border:1px solid #999;border-radius:6px}
input:focus-visible,a:focus-visible,button:focus-visible{outline:2px solid #4f46e5;outline-offset:2px}
button{font:inherit;width:100%;padding:.75rem;margin-top:.75rem;border-radius:8px;border:1px solid #111;cursor:pointer}
.pay{background:#111;color:#fff}.note{font-size:.875rem;color:#555}
a{color:#111;font-weight:600;text-decoration:none;border-radius:4px}a:hover{text-decoration:underline}
.back{display:inline-block;font-size:.875rem;color:#555}
.alert{padding:.5rem .75rem;border-radius:6px;background:#fef2f2;color:#991b1b;border:1px solid #fecaca}
pre{white-space:pre-wrap;word-break:break-word;font-size:.75rem;background:#f6f7f9;padding:.5rem;border-radius:6px}`;

/** The stand-in's page layout: every hosted page, error pages included, looks like one product. */
const hostedPage = (status: number, title: string, main: string) =>
  new Response(
    `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${STYLES}
</style>
</head>
<body>
<main aria-labelledby="title">
<p class="note">Flowglad stand-in for development and tests: no payment is taken.</p>
${main}
</main>
</body>
</html>
`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  );

/**
 * Next's answer when Flowglad's page throws: a 500. The stand-in also shows what Flowglad's page threw,
 * so a developer sees why (Flowglad's own page hides it).
 */
const errorPage = (title: string, thrown: string) =>
  hostedPage(
    500,
    title,
    `<h1 id="title">Application error: a server-side exception has occurred</h1>
<p>Flowglad's hosted page fails for this checkout. It threw:</p>
<pre>${escapeHtml(thrown)}</pre>`,
  );

const notFoundPage = () =>
  hostedPage(
    404,
    '404: This page could not be found.',
    '<h1 id="title">404: This page could not be found.</h1>',
  );

/** The product page: what is bought, an email field for a guest, and a Pay button (no cancel control). */
function productPage(
  title: string,
  price: StandInPrice,
  session: StandInCheckoutSession,
  guest: { email: string; error?: string } | undefined,
  status = 200,
): Response {
  const currency = price.currency ?? 'usd';
  const period = price.type === 'subscription' ? ` / ${price.intervalUnit ?? 'month'}` : '';
  const total = formatMoney(price.unitPrice * session.quantity, currency) + period;
  const alert = guest?.error
    ? `<p class="alert" role="alert" id="email-error">${escapeHtml(guest.error)}</p>`
    : '';
  const describedBy = guest?.error ? ' aria-describedby="email-error" aria-invalid="true"' : '';
  const email = guest
    ? `${alert}<label>Email <input name="email" type="email" autocomplete="email" required placeholder="you@example.com" value="${escapeHtml(guest.email)}"${describedBy}></label>`
    : '';
  return hostedPage(
    status,
    title,
    `<h1 id="title">${escapeHtml(price.name)}</h1>
<dl>
<dt>Quantity</dt><dd>${session.quantity}</dd>
<dt>Unit price</dt><dd>${escapeHtml(formatMoney(price.unitPrice, currency) + period)}</dd>
<dt>Total</dt><dd><strong>${escapeHtml(total)}</strong></dd>
</dl>
<form method="post" action="/checkout/${encodeURIComponent(session.id)}/pay">${email}<button class="pay" type="submit">${escapeHtml(`Pay ${total}`)}</button></form>`,
  );
}

/** The add-payment-method page: a Save button, and a link back to `cancelUrl`. */
const paymentMethodPage = (session: StandInCheckoutSession) =>
  hostedPage(
    200,
    'Add Payment Method',
    `<p><a class="back" href="${escapeHtml(session.cancelUrl)}">← Back</a></p>
<h1 id="title">Add a payment method</h1>
<form method="post" action="/add-payment-method/${encodeURIComponent(session.id)}/pay"><button class="pay" type="submit">Save payment method</button></form>`,
  );

const failurePage = (session: StandInCheckoutSession) =>
  hostedPage(
    200,
    'Payment Failed',
    `<h1 id="title">Payment failed</h1>
<p>Your payment was declined. No money was taken.</p>
<p><a href="${escapeHtml(session.cancelUrl)}">Back to the shop</a></p>`,
  );

const closedPage = (session: StandInCheckoutSession) =>
  hostedPage(409, 'Checkout closed', `<h1 id="title">This checkout is ${escapeHtml(session.status)}</h1>`);
