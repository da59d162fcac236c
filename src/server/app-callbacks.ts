/**
 * The app's own callbacks (`rateLimit`, `getCustomer`, `authorize`, `guestCheckout`), each under the
 * checkout's deadline, and what they decide: whether a request goes on, and who pays.
 */
import type { CheckoutSessionBody } from '../core/checkout-schema';
import { isObject } from '../core/is-object';
import { type Deadline, raceDeadline } from './deadline';
import { RETRY_AFTER_SECONDS } from './defaults';
import { refusal, routeFailure } from './refusal';
import type { RouteContext } from './route-context';
import type { Buyer, CheckoutCustomer } from './types';

const CALLBACK_NAMES = {
  rate_limit: 'rateLimit',
  get_customer: 'getCustomer',
  guest_checkout: 'guestCheckout',
  authorize: 'authorize',
} as const;

/** Runs one of the app's callbacks under the deadline: a throw or a callback still running at the deadline is a 500. */
async function callback<T>(
  stage: keyof typeof CALLBACK_NAMES,
  run: () => T | Promise<T>,
  deadline: Deadline,
): Promise<T> {
  try {
    return await raceDeadline(Promise.resolve().then(run), deadline.signal);
  } catch (error) {
    if (!deadline.signal.aborted) throw routeFailure('callback', stage, { cause: error });
    if (!deadline.timedOut()) throw routeFailure('aborted', stage, { cause: error });
    const late = new Error(
      `${CALLBACK_NAMES[stage]} did not settle within timeoutMs; the checkout was answered 500.`,
    );
    throw routeFailure('callback', stage, { cause: late });
  }
}

/** The customer `getCustomer` returned, checked: a developer mistake is a 500, never a guess. */
function checkCustomer(value: unknown): CheckoutCustomer | null {
  if (value === null || value === undefined) return null;
  if (!isObject(value) || typeof value.externalId !== 'string' || !value.externalId) {
    throw new TypeError('getCustomer must return null or { externalId: string (non-empty), email, name? }.');
  }
  // The email is kept as given: one Flowglad cannot use is refused where it matters (flowglad-client.ts).
  const customer: CheckoutCustomer = { externalId: value.externalId, email: value.email as string };
  if (typeof value.name === 'string') customer.name = value.name;
  return customer;
}

/** `rateLimit` said no: answered 429 with `Retry-After`; nothing is sent to Flowglad. */
export async function checkRateLimit(
  request: Request,
  info: { method: 'GET' | 'POST'; input?: CheckoutSessionBody },
  { options }: RouteContext,
  deadline: Deadline,
): Promise<void> {
  const { rateLimit } = options;
  if (!rateLimit) return;
  const allowed = await callback('rate_limit', () => rateLimit(request, info), deadline);
  if (allowed !== true) {
    throw routeFailure('rate_limited', 'rate_limit', {
      cause: new Error(`rateLimit returned ${String(allowed)} for this ${info.method}.`),
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    });
  }
}

export const resolveCustomer = (request: Request, { options }: RouteContext, deadline: Deadline) =>
  callback('get_customer', async () => checkCustomer(await options.getCustomer(request)), deadline);

/** Who pays comes from the request, never from the body: a customer `authorize` allows, or a guest; else refused. */
export async function resolveBuyer(
  request: Request,
  session: CheckoutSessionBody,
  context: RouteContext,
  deadline: Deadline,
): Promise<Buyer> {
  const { options } = context;
  const customer = await resolveCustomer(request, context, deadline);
  if (customer) {
    const { authorize } = options;
    const allowed =
      !authorize || (await callback('authorize', () => authorize(session, customer), deadline)) === true;
    if (!allowed) throw refusal('forbidden');
    return { customer };
  }
  if (!(await allowsGuest(request, session, context, deadline))) throw refusal('unauthenticated');
  return { guest: true };
}

/**
 * Whether `guestCheckout` lets this checkout go ahead anonymously (Flowglad then asks for the email).
 * `true` means one-off purchases only: Flowglad would sell a guest a subscription too, on a customer the
 * shop can never sign in as, and its session answer does not say a price's type, so the default pricing
 * model (where a guest's price is found) is asked.
 */
export async function allowsGuest(
  request: Request,
  session: CheckoutSessionBody,
  context: RouteContext,
  deadline: Deadline,
): Promise<boolean> {
  const { guestCheckout = false } = context.options;
  if (session.type !== 'product' || !guestCheckout) return false;
  if (typeof guestCheckout === 'function') {
    return (await callback('guest_checkout', () => guestCheckout(request, session), deadline)) === true;
  }
  const { priceId, priceSlug } = session;
  if (guestCheckout !== true) {
    return guestCheckout.prices.some((price) => price === priceId || price === priceSlug);
  }
  const type = await context.upstream.guestPriceType(session, deadline);
  if (type === 'single_payment') return true;
  const price = priceId ?? priceSlug;
  context.notice(
    `guest-price:${price}`,
    `guestCheckout: true sells guests active one-off prices only, and ${price} is ${type ? `a ${type} price` : "not an active price of Flowglad's default pricing model"}: this signed-out shopper was asked to sign in (401). To sell it to guests anyway, list it — guestCheckout: { prices: ['${price}'] } — or decide with a function (request, input) => boolean.`,
  );
  return false;
}
