/**
 * Every call the route makes to Flowglad: creating a session (and the customer when it is missing),
 * reading one back, and the default pricing model for guests.
 */
import type { CheckoutSessionBody } from '../core/checkout-schema';
import { isObject } from '../core/is-object';
import type { Deadline } from './deadline';
import { CATALOG_KEEP_MS } from './defaults';
import {
  type CheckedSessionAnswer,
  checkSessionAnswer,
  createFlowgladClientLoader,
  isUsableEmail,
  type LoadedFlowglad,
  noEmailFromGetCustomer,
  sessionEmailProblem,
} from './flowglad-client';
import { classifyUpstreamError } from './flowglad-refusals';
import type { HandlerSettings } from './options';
import { RouteFailure, routeFailure } from './refusal';
import { createCustomerFlights, createFinalSessions, createSingleFlight } from './shared-calls';
import type { Buyer, CheckoutCustomer } from './types';

/** The shopper's own email is missing (they can add one), or only Flowglad's record of them is broken (the shop fixes it). */
const emailFailure = (cause: Error, customer: CheckoutCustomer) =>
  isUsableEmail(customer.email)
    ? routeFailure('rejected', 'create_session', { cause })
    : routeFailure('email_required', 'get_customer', { cause });

/** `id:<id>` and `slug:<slug>` → type, for the active prices of active products; anything unreadable is left out. */
function activePriceTypes(answer: unknown): Map<string, string> {
  const types = new Map<string, string>();
  const model = isObject(answer) ? answer.pricingModel : undefined;
  const products = isObject(model) && Array.isArray(model.products) ? model.products : [];
  for (const product of products) {
    if (!isObject(product) || product.active === false || !Array.isArray(product.prices)) continue;
    for (const price of product.prices) {
      if (!isObject(price) || price.active === false || typeof price.type !== 'string') continue;
      if (typeof price.id === 'string') types.set(`id:${price.id}`, price.type);
      if (typeof price.slug === 'string') types.set(`slug:${price.slug}`, price.type);
    }
  }
  return types;
}

/** What the route needs of its settings to call Flowglad. */
type UpstreamSettings = Pick<HandlerSettings, 'apiKey' | 'baseUrl' | 'timeoutMs'>;

/** One request's calls to Flowglad: the loaded client, the deadline they share, and the settings (the key, to scrub). */
interface UpstreamCall extends LoadedFlowglad {
  deadline: Deadline;
  secret: string;
  baseUrl: string;
  timeoutMs: number;
}

/** Per call: never retried (a retried create can duplicate a session), bounded by the deadline. */
const requestOptions = ({ deadline, timeoutMs }: UpstreamCall, signal = deadline.signal) => ({
  signal,
  timeout: timeoutMs,
  maxRetries: 0,
});

/** One create, answered only once checked: Flowglad's own page, for a customer that page can serve. */
async function createSession(
  call: UpstreamCall,
  session: CheckoutSessionBody,
  buyer: Buyer,
): Promise<CheckedSessionAnswer> {
  const checkoutSession = buyer.guest
    ? { ...session, anonymous: true }
    : { ...session, customerExternalId: buyer.customer.externalId };
  let answer: unknown;
  try {
    answer = await call.client.checkoutSessions.create({ checkoutSession } as never, requestOptions(call));
  } catch (error) {
    throw classifyUpstreamError(error, 'create_session', call);
  }
  let checked: CheckedSessionAnswer;
  try {
    checked = checkSessionAnswer(answer, call);
  } catch (error) {
    throw routeFailure('invalid_answer', 'create_session', { cause: error });
  }
  const problem = buyer.customer && sessionEmailProblem(checked.checkoutSession, buyer.customer);
  if (problem) throw emailFailure(problem, buyer.customer);
  return checked;
}

/** The Flowglad customer of a signed-in shopper it does not know yet. */
async function createCustomer(call: UpstreamCall, customer: CheckoutCustomer, signal: AbortSignal) {
  const { externalId, name, email } = customer;
  const record = { externalId, name: name ?? externalId, email };
  try {
    await call.client.customers.create({ customer: record }, requestOptions(call, signal));
  } catch (error) {
    // 409: another checkout (or server) created it meanwhile, which is all that was needed.
    if (!(error instanceof call.classes.APIError && error.status === 409 && !signal.aborted)) throw error;
  }
}

/**
 * The type of an active price in Flowglad's default pricing model (where a guest's price is found), or
 * `undefined`; the catalogue is read once per {@link CATALOG_KEEP_MS} and shared by concurrent asks.
 */
function createGuestCatalog(open: (deadline: Deadline) => Promise<UpstreamCall>) {
  const reads = createSingleFlight<Map<string, string>>();
  let catalog: { at: number; types: Map<string, string> } | undefined;
  return async function guestPriceType(
    { priceId, priceSlug }: { priceId?: string; priceSlug?: string },
    deadline: Deadline,
  ): Promise<string | undefined> {
    if (!catalog || Date.now() - catalog.at > CATALOG_KEEP_MS) {
      const call = await open(deadline);
      let types: Map<string, string>;
      try {
        types = await reads.run('default', deadline.signal, async (signal) =>
          activePriceTypes(await call.client.pricingModels.retrieveDefault(requestOptions(call, signal))),
        );
      } catch (error) {
        throw classifyUpstreamError(error, 'get_prices', call);
      }
      catalog = { at: Date.now(), types };
    }
    return catalog.types.get(priceId === undefined ? `slug:${priceSlug}` : `id:${priceId}`);
  };
}

/**
 * Every call the route makes to Flowglad. A returning customer costs one call on any server: the session
 * is created first, and the customer only when Flowglad says it is missing.
 */
export function createFlowgladUpstream(settings: UpstreamSettings) {
  const load = createFlowgladClientLoader(settings);
  const flights = createCustomerFlights(settings.timeoutMs);
  const reads = createSingleFlight<unknown>();
  const finals = createFinalSessions();

  const open = async (deadline: Deadline): Promise<UpstreamCall> => {
    const loaded = await load().catch((error: unknown) => {
      throw routeFailure('internal', 'load_client', { cause: error });
    });
    const { apiKey: secret, baseUrl, timeoutMs } = settings;
    return { ...loaded, deadline, secret, baseUrl, timeoutMs };
  };
  const guestPriceType = createGuestCatalog(open);

  /** A new session for this buyer, creating the customer first when Flowglad does not know it. */
  async function createCheckoutSession(session: CheckoutSessionBody, buyer: Buyer, deadline: Deadline) {
    const call = await open(deadline);
    if (buyer.guest) return createSession(call, session, buyer);
    const ticket = flights.ticket();
    try {
      return await createSession(call, session, buyer);
    } catch (error) {
      if (!(error instanceof RouteFailure && error.kind === 'customer_missing')) throw error;
    }
    const { customer } = buyer;
    if (!isUsableEmail(customer.email)) throw emailFailure(noEmailFromGetCustomer(customer), customer);
    try {
      await flights.ensure(customer.externalId, ticket, deadline.signal, (signal) =>
        createCustomer(call, customer, signal),
      );
    } catch (error) {
      throw classifyUpstreamError(error, 'ensure_customer', call);
    }
    return createSession(call, session, buyer);
  }

  /**
   * A burst of reads of one session costs Flowglad one call (they share it), and a session in a final
   * status is not asked for again.
   */
  async function retrieveCheckoutSession(id: string, deadline: Deadline): Promise<unknown> {
    const cached = finals.get(id);
    if (cached) return cached;
    const call = await open(deadline);
    let answer: unknown;
    try {
      answer = await reads.run(id, deadline.signal, (signal) =>
        call.client.checkoutSessions.retrieve(id, requestOptions(call, signal)),
      );
    } catch (error) {
      throw classifyUpstreamError(error, 'get_session', call);
    }
    finals.keep(id, answer);
    return answer;
  }

  return { load, createCheckoutSession, retrieveCheckoutSession, guestPriceType };
}
