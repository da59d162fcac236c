import { isObject } from '../core/is-object';
import type { CheckoutSessionSummary, FlowgladCheckoutSession } from '../core/types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the browser asked for, when it sent readable JSON. */
async function requested(request: Request): Promise<Record<string, unknown>> {
  try {
    const body = (await request.json()) as { checkoutSession?: unknown };
    return isObject(body?.checkoutSession) ? body.checkoutSession : {};
  } catch {
    return {};
  }
}

/** The session the MSW handlers' route creates, echoing the requested type, price, quantity and URLs. */
export async function fakeCheckoutSession(request: Request, id: string): Promise<FlowgladCheckoutSession> {
  const input = await requested(request);
  const now = Date.now();
  const type =
    input.type === 'add_payment_method' || input.type === 'activate_subscription' ? input.type : 'product';
  return {
    id,
    status: 'open',
    type,
    livemode: false,
    createdAt: now,
    updatedAt: now,
    expires: now + DAY_MS,
    priceId: typeof input.priceId === 'string' ? input.priceId : 'price_msw',
    quantity: typeof input.quantity === 'number' ? input.quantity : 1,
    successUrl: typeof input.successUrl === 'string' ? input.successUrl : null,
    cancelUrl: typeof input.cancelUrl === 'string' ? input.cancelUrl : null,
    customerId: 'cust_msw',
    outputMetadata: null,
    outputName: null,
    targetSubscriptionId: null,
  };
}

/** What the MSW handlers' route answers a `GET` with for this browser's last checkout. */
export function fakeSessionSummary(
  id: string,
  status: CheckoutSessionSummary['status'],
): CheckoutSessionSummary {
  const now = Date.now();
  return {
    id,
    status,
    type: 'product',
    livemode: false,
    priceId: 'price_msw',
    quantity: 1,
    outputName: null,
    outputMetadata: null,
    createdAt: now,
    expires: now + DAY_MS,
  };
}
