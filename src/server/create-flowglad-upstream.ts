import type { CheckoutSessionBody } from '../core/checkout-schema';
import { isObject } from '../core/is-object';
import { type CheckedSessionAnswer, checkSessionAnswer } from './check-session-answer';
import { classifyUpstreamError } from './classify-upstream-error';
import { createCustomerFlights } from './create-customer-flights';
import type { Deadline } from './create-deadline';
import { createFinalSessions } from './create-final-sessions';
import { createFlowgladClientLoader } from './create-flowglad-client-loader';
import { createSingleFlight } from './create-single-flight';
import { isUsableEmail, noEmailFromGetCustomer, sessionEmailProblem } from './customer-email';
import { CATALOG_KEEP_MS } from './defaults';
import { RouteFailure } from './route-failure';
import type { Buyer, CheckoutCustomer } from './types';

/** The shopper's own email is missing (they can add one), or only Flowglad's record of them is broken (the shop fixes it). */
const emailFailure = (cause: Error, customer: CheckoutCustomer) =>
  isUsableEmail(customer.email)
    ? new RouteFailure('rejected', 'create_session', { cause })
    : new RouteFailure('email_required', 'get_customer', { cause });

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

/**
 * A returning customer costs one call on any server: the session is created first, and the customer
 * only when Flowglad says it is missing.
 */
export function createFlowgladUpstream(config: { apiKey: string; baseUrl: string; timeoutMs: number }) {
  const load = createFlowgladClientLoader(config);
  const flights = createCustomerFlights(config.timeoutMs);
  const reads = createSingleFlight<unknown>();
  const finals = createFinalSessions();
  const catalogReads = createSingleFlight<Map<string, string>>();
  let catalog: { at: number; types: Map<string, string> } | undefined;

  const loaded = () =>
    load().catch((error: unknown) => {
      throw new RouteFailure('internal', 'load_client', { cause: error });
    });

  async function createCheckoutSession(session: CheckoutSessionBody, buyer: Buyer, deadline: Deadline) {
    const { client, classes } = await loaded();
    const options = { signal: deadline.signal, timeout: config.timeoutMs, maxRetries: 0 };
    const context = { classes, deadline, secret: config.apiKey };
    const create = async (): Promise<CheckedSessionAnswer> => {
      const checkoutSession = buyer.guest
        ? { ...session, anonymous: true }
        : { ...session, customerExternalId: buyer.customer.externalId };
      let answer: unknown;
      try {
        answer = await client.checkoutSessions.create({ checkoutSession } as never, options);
      } catch (error) {
        throw classifyUpstreamError(error, 'create_session', context);
      }
      let checked: CheckedSessionAnswer;
      try {
        checked = checkSessionAnswer(answer, { baseUrl: config.baseUrl, secret: config.apiKey });
      } catch (error) {
        throw new RouteFailure('invalid_answer', 'create_session', { cause: error });
      }
      const problem = buyer.customer && sessionEmailProblem(checked.checkoutSession, buyer.customer);
      if (problem) throw emailFailure(problem, buyer.customer);
      return checked;
    };
    const createCustomer = async ({ externalId, name, email }: CheckoutCustomer, signal: AbortSignal) => {
      const customer = { externalId, name: name ?? externalId, email };
      try {
        await client.customers.create({ customer }, { ...options, signal });
      } catch (error) {
        // 409: another checkout (or server) created it meanwhile, which is all that was needed.
        if (!(error instanceof classes.APIError && error.status === 409 && !signal.aborted)) throw error;
      }
    };

    if (buyer.guest) return create();
    const ticket = flights.ticket();
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof RouteFailure && error.kind === 'customer_missing')) throw error;
    }
    const { customer } = buyer;
    if (!isUsableEmail(customer.email)) throw emailFailure(noEmailFromGetCustomer(customer), customer);
    try {
      await flights.ensure(customer.externalId, ticket, deadline.signal, (signal) =>
        createCustomer(customer, signal),
      );
    } catch (error) {
      throw classifyUpstreamError(error, 'ensure_customer', context);
    }
    return create();
  }

  /**
   * A burst of reads of one session costs Flowglad one call (they share it), and a session in a final
   * status is not asked for again.
   */
  async function retrieveCheckoutSession(id: string, deadline: Deadline): Promise<unknown> {
    const cached = finals.get(id);
    if (cached) return cached;
    const { client, classes } = await loaded();
    let answer: unknown;
    try {
      answer = await reads.run(id, deadline.signal, (signal) =>
        client.checkoutSessions.retrieve(id, { signal, timeout: config.timeoutMs, maxRetries: 0 }),
      );
    } catch (error) {
      throw classifyUpstreamError(error, 'get_session', { classes, deadline, secret: config.apiKey });
    }
    finals.keep(id, answer);
    return answer;
  }

  /**
   * The type of an active price in Flowglad's default pricing model (where a guest's price is found), or
   * `undefined`; the catalogue is read once per {@link CATALOG_KEEP_MS} and shared by concurrent asks.
   */
  async function guestPriceType(
    { priceId, priceSlug }: { priceId?: string; priceSlug?: string },
    deadline: Deadline,
  ): Promise<string | undefined> {
    if (!catalog || Date.now() - catalog.at > CATALOG_KEEP_MS) {
      const { client, classes } = await loaded();
      let types: Map<string, string>;
      try {
        types = await catalogReads.run('default', deadline.signal, async (signal) =>
          activePriceTypes(
            await client.pricingModels.retrieveDefault({ signal, timeout: config.timeoutMs, maxRetries: 0 }),
          ),
        );
      } catch (error) {
        throw classifyUpstreamError(error, 'get_prices', { classes, deadline, secret: config.apiKey });
      }
      catalog = { at: Date.now(), types };
    }
    return catalog.types.get(priceId === undefined ? `slug:${priceSlug}` : `id:${priceId}`);
  }

  return { load, createCheckoutSession, retrieveCheckoutSession, guestPriceType };
}
