import type { StandInPrice } from './types';

/**
 * The stand-in's catalogue unless told otherwise: a one-off product, a monthly subscription, a usage
 * price (which checkout refuses, as Flowglad does) and the free default plan every new customer is
 * put on (which checkout refuses too).
 *
 * @example
 * ```ts
 * await createCheckoutSession({ priceId: DEFAULT_STAND_IN_PRICES[0].id }, config);
 * ```
 */
export const DEFAULT_STAND_IN_PRICES: readonly StandInPrice[] = Object.freeze([
  {
    id: 'price_stand_in_tshirt',
    slug: 'tshirt',
    name: 'Stand-in T-shirt',
    unitPrice: 2500,
    currency: 'usd',
    type: 'single_payment',
  },
  {
    id: 'price_stand_in_pro_monthly',
    slug: 'pro-monthly',
    name: 'Pro plan',
    unitPrice: 1900,
    currency: 'usd',
    type: 'subscription',
    intervalUnit: 'month',
  },
  {
    id: 'price_stand_in_api_calls',
    slug: 'api-calls',
    name: 'API calls',
    unitPrice: 1,
    currency: 'usd',
    type: 'usage',
  },
  {
    id: 'price_stand_in_free',
    slug: 'free',
    name: 'Free plan',
    unitPrice: 0,
    currency: 'usd',
    type: 'subscription',
    intervalUnit: 'month',
    default: true,
  },
]);
