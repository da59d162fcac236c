import type { StandInState } from './create-stand-in-state';
import { flowgladInputSchemas } from './flowglad-input-schemas';
import {
  closedPage,
  errorPage,
  failurePage,
  hostedPage,
  notFoundPage,
  paymentMethodPage,
  productPage,
} from './hosted-page';
import { isAlreadySubscribed } from './is-already-subscribed';
import { payStandInSession } from './pay-stand-in-session';
import type { StandInCheckoutSession } from './types';

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
