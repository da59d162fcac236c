import type { StandInState } from './create-stand-in-state';
import type { StandInCheckoutSession } from './flowglad-stand-in';
import { refreshSessionStatus } from './refresh-session-status';

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

const html = (status: number, title: string, main: string) =>
  new Response(
    `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Flowglad stand-in</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#111}
main{max-width:28rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dd{margin:0;text-align:right}
button{font:inherit;width:100%;padding:.75rem;margin-top:.75rem;border-radius:8px;border:1px solid #111;cursor:pointer}
.pay{background:#111;color:#fff}.note{font-size:.875rem;color:#555}
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

function checkoutPage(state: StandInState, session: StandInCheckoutSession, base: string): Response {
  if (session.status !== 'open') {
    const back = session.status === 'succeeded' ? session.successUrl : session.cancelUrl;
    return html(
      200,
      'Checkout closed',
      `<h1 id="title">This checkout is ${escapeHtml(session.status)}</h1>
<p><a href="${escapeHtml(back)}">Back to the shop</a></p>`,
    );
  }
  const price = state.prices.find((candidate) => candidate.id === session.priceId);
  let title = 'Add a payment method';
  let details = '';
  let payLabel = 'Save payment method';
  if (price) {
    const currency = price.currency ?? 'usd';
    const period = price.type === 'subscription' ? ` / ${price.intervalUnit ?? 'month'}` : '';
    const total = money(price.unitPrice * session.quantity, currency) + period;
    title = price.name;
    payLabel = `Pay ${total}`;
    details = `<dl>
<dt>Quantity</dt><dd>${session.quantity}</dd>
<dt>Unit price</dt><dd>${escapeHtml(money(price.unitPrice, currency) + period)}</dd>
<dt>Total</dt><dd><strong>${escapeHtml(total)}</strong></dd>
</dl>`;
  }
  return html(
    200,
    title,
    `<h1 id="title">${escapeHtml(title)}</h1>
${details}
<form method="post" action="${base}/pay"><button class="pay" type="submit">${escapeHtml(payLabel)}</button></form>
<form method="post" action="${base}/cancel"><button type="submit">Cancel</button></form>`,
  );
}

/**
 * The hosted pages a checkout `url` points at: `GET /checkout/{id}` (or `/add-payment-method/{id}`)
 * shows the product, quantity and total with Pay and Cancel buttons (plain forms). `POST …/pay` marks
 * the session `succeeded` and answers 303 to its `successUrl`; `POST …/cancel` answers 303 to its
 * `cancelUrl` and leaves the session `open` — as on Flowglad, where the shopper may come back until it
 * expires. Paying a session that is no longer open answers 409. Returns `undefined` for other paths.
 *
 * @example
 * ```ts
 * const response = handleHostedPage(state, 'POST', '/checkout/chckt_session_1/pay');
 * response?.headers.get('location'); // the session's successUrl
 * ```
 */
export function handleHostedPage(
  state: StandInState,
  method: string,
  pathname: string,
): Response | undefined {
  const match = /^\/(checkout|add-payment-method)\/([^/]+)(?:\/(pay|cancel))?\/?$/.exec(pathname);
  if (!match || (method !== 'GET' && method !== 'POST')) return undefined;
  const [, kind, id = '', action] = match;
  if ((method === 'POST') !== (action !== undefined)) return undefined;
  const session = state.sessions.get(id);
  if (!session) return html(404, 'Checkout not found', '<h1 id="title">Checkout not found</h1>');
  refreshSessionStatus(session);
  const base = `/${kind}/${encodeURIComponent(session.id)}`;
  if (!action) return checkoutPage(state, session, base);
  if (action === 'pay') {
    if (session.status !== 'open') {
      return html(
        409,
        'Checkout closed',
        `<h1 id="title">This checkout is ${escapeHtml(session.status)}</h1>`,
      );
    }
    session.status = 'succeeded';
    session.updatedAt = Date.now();
  }
  const location = action === 'pay' ? session.successUrl : session.cancelUrl;
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}
