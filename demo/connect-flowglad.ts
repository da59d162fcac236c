import { type FlowgladStandIn, startFlowgladStandIn } from '../src/testing';
import { DEMO_CATALOG } from './catalog';

/**
 * The Flowglad the demo talks to: the embedded stand-in, or a real Flowglad.
 *
 * @example
 * ```ts
 * const flowglad: FlowgladConnection = await connectFlowglad(process.env);
 * ```
 */
export interface FlowgladConnection {
  /** The secret key: server side only. */
  apiKey: string;
  /** Flowglad's API origin. */
  baseUrl: string;
  /** Where hosted checkout pages live: the browser may be sent there. */
  checkoutOrigin: string;
  /** Set when the demo runs its own stand-in. */
  standIn?: FlowgladStandIn;
  /** One line for people: which Flowglad this is. */
  description: string;
  /**
   * The catalogue's plans (slugs) a customer subscribes to now, as Flowglad knows them; `[]` when it
   * cannot tell. Flowglad sends a subscriber who checks out for a plan again straight back, unpaid.
   */
  plansOf(externalId: string): Promise<string[]>;
  /** Stops the stand-in, if any (once, however often it is called). */
  close(): Promise<void>;
}

/** The stand-in's id for a product's price. */
const standInPriceId = (slug: string) => `price_demo_${slug.replace(/-/g, '_')}`;

/** A customer's current subscriptions at Flowglad, as the catalogue's slugs (`[]` for a customer Flowglad does not know yet). */
async function billedPlans(apiKey: string, baseURL: string, externalId: string): Promise<string[]> {
  try {
    const { Flowglad } = await import('@flowglad/node');
    const billing = await new Flowglad({ apiKey, baseURL }).customers.retrieveBilling(externalId);
    const prices = billing.pricingModel.products.flatMap((product) => product.prices);
    const slugs = new Map(prices.map((price) => [price.id, price.slug]));
    return (billing.currentSubscriptions ?? []).flatMap(({ priceId }) => slugs.get(priceId) ?? []);
  } catch (error) {
    // A shopper who never checked out is not a Flowglad customer yet (404): no plans. Anything else is said.
    if ((error as { status?: unknown }).status !== 404) {
      console.warn(
        `demo store: could not read ${externalId}'s subscriptions from Flowglad: ${String(error)}`,
      );
    }
    return [];
  }
}

/**
 * With `FLOWGLAD_SECRET_KEY` set, the Flowglad at `FLOWGLAD_BASE_URL` (default
 * `https://app.flowglad.com`); without, a Flowglad stand-in on 127.0.0.1 selling the demo catalogue.
 *
 * @example
 * ```ts
 * const flowglad = await connectFlowglad({ FLOWGLAD_SECRET_KEY: process.env.FLOWGLAD_SECRET_KEY });
 * ```
 */
export async function connectFlowglad(env: Record<string, string | undefined>): Promise<FlowgladConnection> {
  const apiKey = env.FLOWGLAD_SECRET_KEY?.trim();
  if (apiKey) {
    const baseUrl = env.FLOWGLAD_BASE_URL?.trim() || 'https://app.flowglad.com';
    const checkoutOrigin = new URL(baseUrl).origin;
    return {
      apiKey,
      baseUrl,
      checkoutOrigin,
      description: `Flowglad at ${checkoutOrigin} (FLOWGLAD_SECRET_KEY is set)`,
      plansOf: (externalId) => billedPlans(apiKey, baseUrl, externalId),
      close: async () => {},
    };
  }
  const standIn = await startFlowgladStandIn({
    prices: DEMO_CATALOG.map((product) => ({
      id: standInPriceId(product.slug),
      slug: product.slug,
      name: product.name,
      unitPrice: product.unitPrice,
      currency: 'usd',
      type: product.interval ? 'subscription' : 'single_payment',
      intervalUnit: product.interval,
    })),
  });
  let closing: Promise<void> | undefined;
  return {
    apiKey: standIn.apiKey,
    baseUrl: standIn.url,
    checkoutOrigin: standIn.url,
    standIn,
    description: `embedded Flowglad stand-in at ${standIn.url} (no account, no payment taken)`,
    plansOf: async (externalId) =>
      standIn.subscriptions
        .filter((subscription) => subscription.customerExternalId === externalId)
        .filter((subscription) => subscription.status !== 'canceled')
        .flatMap(
          ({ priceId }) => DEMO_CATALOG.find(({ slug }) => standInPriceId(slug) === priceId)?.slug ?? [],
        ),
    close: () => {
      closing ??= standIn.close();
      return closing;
    },
  };
}
