import type { FlowgladStandIn } from '../../src/testing';

/** Calls the stand-in's API as `@flowglad/node` would: the key in `Authorization` (or `key: null` for none). */
export const callApi = (
  standIn: FlowgladStandIn,
  path: string,
  init: RequestInit & { key?: string | null } = {},
) => {
  const headers = new Headers(init.headers);
  const key = init.key === undefined ? standIn.apiKey : init.key;
  if (key !== null) headers.set('authorization', key);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${standIn.url}${path}`, { ...init, headers });
};

/** `POST /api/v1/checkout-sessions` with `{ checkoutSession }`. */
export const createSession = (standIn: FlowgladStandIn, checkoutSession: unknown, key?: string) =>
  callApi(standIn, '/api/v1/checkout-sessions', {
    method: 'POST',
    body: JSON.stringify({ checkoutSession }),
    ...(key !== undefined && { key }),
  });

/** A product checkout for `user_1` (override any field; `undefined` removes it). */
export const product = (overrides: Record<string, unknown> = {}) => ({
  type: 'product',
  customerExternalId: 'user_1',
  priceId: 'price_stand_in_tshirt',
  successUrl: 'https://shop.test/thanks',
  cancelUrl: 'https://shop.test/cart',
  ...overrides,
});
