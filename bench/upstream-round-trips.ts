import type * as ServerEntry from '../src/server';
import type * as Testing from '../src/testing';
import { BENCH_PRICE_ID } from './bench-customer';
import type { BenchRow } from './bench-row';
import { importBuilt } from './package-root';

const ROUTE_ORIGIN = 'https://shop.test';

/**
 * Row (e): the calls the BUILT handler makes to the (built) stand-in for one checkout, counted from the
 * stand-in's own request log — a first checkout of a customer Flowglad has never seen, then a repeat.
 */
export async function roundTripRows(): Promise<BenchRow[]> {
  const { createCheckoutSessionHandler } = await importBuilt<typeof ServerEntry>('./server');
  const { startFlowgladStandIn } = await importBuilt<typeof Testing>('./testing');
  const standIn = await startFlowgladStandIn();
  try {
    const handler = createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      getCustomer: () => ({ externalId: 'first_time_shopper' }),
    });
    const checkout = async () => {
      standIn.requests.length = 0;
      const response = await handler(
        new Request(`${ROUTE_ORIGIN}/api/checkout-sessions`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: ROUTE_ORIGIN,
            'sec-fetch-site': 'same-origin',
          },
          body: JSON.stringify({
            checkoutSession: {
              type: 'product',
              priceId: BENCH_PRICE_ID,
              quantity: 1,
              successUrl: `${ROUTE_ORIGIN}/thanks`,
              cancelUrl: `${ROUTE_ORIGIN}/cart`,
            },
          }),
        }),
      );
      if (response.status !== 200)
        throw new Error(`the handler answered ${response.status}: ${await response.text()}`);
      const calls = standIn
        .apiRequests()
        .map((request) => `${request.method} ${request.path} → ${request.status}`);
      return { count: calls.length, calls: calls.join(', ') };
    };
    const method =
      "stand-in's recorded API requests for one checkout through the built handler (called as Request → Response)";
    const first = await checkout();
    const repeat = await checkout();
    return [
      {
        item: 'e',
        measure: 'upstream round trips, first checkout of a new customer',
        method,
        result: `${first.count} (${first.calls})`,
        target: '',
      },
      {
        item: 'e',
        measure: 'upstream round trips, repeat checkout (customer remembered)',
        method,
        result: `${repeat.count} (${repeat.calls})`,
        target: '1',
        pass: repeat.count === 1,
      },
    ];
  } finally {
    await standIn.close();
  }
}
