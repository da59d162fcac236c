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
  /** Stops the stand-in, if any (once, however often it is called). */
  close(): Promise<void>;
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
      close: async () => {},
    };
  }
  const standIn = await startFlowgladStandIn({
    prices: DEMO_CATALOG.map((product) => ({
      id: `price_demo_${product.slug.replace(/-/g, '_')}`,
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
    close: () => {
      closing ??= standIn.close();
      return closing;
    },
  };
}
