import type { StandInState } from './create-stand-in-state';
import { escapeHtml, hostedPage } from './hosted-page';
import { isAlreadySubscribed } from './is-already-subscribed';
import { payStandInSession } from './pay-stand-in-session';
import type { StandInCheckoutSession } from './types';

const DEFAULT_GUEST_EMAIL = 'guest@example.com';

/** An amount in the currency's smallest unit, as the page shows it (`2500, 'usd'` → `$25.00`). */
const formatMoney = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

const redirect = (location: string, status: number) =>
  new Response(null, { status, headers: { location, 'cache-control': 'no-store' } });

function closedPage(session: StandInCheckoutSession): Response {
  const back =
    session.status === 'succeeded' || session.status === 'pending' ? session.successUrl : session.cancelUrl;
  return hostedPage(
    200,
    'Checkout closed',
    `<h1 id="title">This checkout is ${escapeHtml(session.status)}</h1>
<p><a href="${escapeHtml(back)}">Back to the shop</a></p>`,
  );
}

/** The product page: what is bought and a Pay button (no cancel control: the shopper presses Back). */
function productPage(state: StandInState, session: StandInCheckoutSession, base: string): Response {
  const price = state.prices.find((candidate) => candidate.id === session.priceId);
  if (!price)
    return hostedPage(500, 'Checkout unavailable', '<h1 id="title">This price no longer exists</h1>');
  const currency = price.currency ?? 'usd';
  const period = price.type === 'subscription' ? ` / ${price.intervalUnit ?? 'month'}` : '';
  const total = formatMoney(price.unitPrice * session.quantity, currency) + period;
  const email =
    session.customerId === null
      ? `<label>Email <input name="email" type="email" autocomplete="email" value="${DEFAULT_GUEST_EMAIL}"></label>`
      : '';
  return hostedPage(
    200,
    price.name,
    `<h1 id="title">${escapeHtml(price.name)}</h1>
<dl>
<dt>Quantity</dt><dd>${session.quantity}</dd>
<dt>Unit price</dt><dd>${escapeHtml(formatMoney(price.unitPrice, currency) + period)}</dd>
<dt>Total</dt><dd><strong>${escapeHtml(total)}</strong></dd>
</dl>
<form method="post" action="${base}/pay">${email}<button class="pay" type="submit">${escapeHtml(`Pay ${total}`)}</button></form>`,
  );
}

/** The add-payment-method page: a Save button, and a link back to `cancelUrl`. */
const paymentMethodPage = (session: StandInCheckoutSession, base: string) =>
  hostedPage(
    200,
    'Add a payment method',
    `<p><a href="${escapeHtml(session.cancelUrl)}">← Back</a></p>
<h1 id="title">Add a payment method</h1>
<form method="post" action="${base}/pay"><button class="pay" type="submit">Save payment method</button></form>`,
  );

const failurePage = (session: StandInCheckoutSession) =>
  hostedPage(
    200,
    'Payment failed',
    `<h1 id="title">Payment failed</h1>
<p>Your payment was declined. No money was taken.</p>
<p><a href="${escapeHtml(session.cancelUrl)}">Back to the shop</a></p>`,
  );

function pay(state: StandInState, session: StandInCheckoutSession, base: string, form: string): Response {
  if (session.status !== 'open') {
    return hostedPage(
      409,
      'Checkout closed',
      `<h1 id="title">This checkout is ${escapeHtml(session.status)}</h1>`,
    );
  }
  const email = new URLSearchParams(form).get('email')?.trim() || DEFAULT_GUEST_EMAIL;
  const outcome = payStandInSession(state, session, email);
  return redirect(outcome === 'failed' ? `${base}/failure` : session.successUrl, 303);
}

/** Enough of Flowglad's hosted pages to pay in a browser; `undefined` for any other path. */
export function handleHostedPage(
  state: StandInState,
  method: string,
  pathname: string,
  form = '',
): Response | undefined {
  const match = /^\/(checkout|add-payment-method)\/([^/]+)(?:\/(pay|failure))?\/?$/.exec(pathname);
  if (!match || (method !== 'GET' && method !== 'POST')) return undefined;
  const [, kind, id = '', action] = match;
  if ((method === 'POST') !== (action === 'pay')) return undefined;
  const session = state.sessions.get(id);
  if (!session) return hostedPage(404, 'Checkout not found', '<h1 id="title">Checkout not found</h1>');
  const base = `/${kind}/${encodeURIComponent(session.id)}`;
  if (action === 'pay') return pay(state, session, base, form);
  if (action === 'failure') return failurePage(session);
  if (session.status !== 'open') return closedPage(session);
  if (isAlreadySubscribed(state, session)) return redirect(session.successUrl, 307);
  return session.type === 'add_payment_method'
    ? paymentMethodPage(session, base)
    : productPage(state, session, base);
}
