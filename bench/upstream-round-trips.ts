import type * as ServerEntry from '../src/server';
import type * as Testing from '../src/testing';
import { BENCH_PRICE_ID } from './bench-customer';
import type { BenchRow } from './bench-row';
import { importBuilt } from './package-root';

const ROUTE_ORIGIN = 'https://shop.test';
const CONCURRENT = 50;

const checkoutRequest = () =>
  new Request(`${ROUTE_ORIGIN}/api/checkout-sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ROUTE_ORIGIN, 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({
      checkoutSession: {
        type: 'product',
        priceId: BENCH_PRICE_ID,
        quantity: 1,
        successUrl: `${ROUTE_ORIGIN}/thanks`,
        cancelUrl: `${ROUTE_ORIGIN}/cart`,
      },
    }),
  });

/**
 * Row (d), what a shopper waits for in round trips: the calls the BUILT handler makes to the (built)
 * stand-in, counted from the stand-in's own request log — a returning customer on a handler that has
 * never seen them (a cold start, another replica), a new customer, and 50 concurrent first checkouts
 * of one new customer (how many customer creates).
 */
export async function roundTripRows(): Promise<BenchRow[]> {
  const { createCheckoutSessionHandler } = await importBuilt<typeof ServerEntry>('./server');
  const { startFlowgladStandIn } = await importBuilt<typeof Testing>('./testing');
  const standIn = await startFlowgladStandIn({
    customers: [{ externalId: 'returning_shopper', email: 'returning_shopper@example.com' }],
  });
  const freshHandler = (externalId: string) =>
    createCheckoutSessionHandler({
      apiKey: standIn.apiKey,
      baseUrl: standIn.url,
      appOrigins: [ROUTE_ORIGIN],
      getCustomer: () => ({ externalId, email: `${externalId}@example.com` }),
    });
  const calls = async (run: () => Promise<Response[]>) => {
    standIn.requests.length = 0;
    const answers = await run();
    const failed = answers.find((answer) => answer.status !== 200);
    if (failed) throw new Error(`the handler answered ${failed.status}: ${await failed.text()}`);
    return standIn.apiRequests().map((request) => `${request.method} ${request.path} → ${request.status}`);
  };
  try {
    const one = (externalId: string) => async () => [await freshHandler(externalId)(checkoutRequest())];
    const returning = await calls(one('returning_shopper'));
    const fresh = await calls(one('new_shopper'));
    const concurrent = freshHandler('concurrent_shopper');
    const burst = await calls(() =>
      Promise.all(Array.from({ length: CONCURRENT }, () => concurrent(checkoutRequest()))),
    );
    const creates = burst.filter((call) => call.startsWith('POST /api/v1/customers ')).length;
    const method =
      "stand-in's recorded API requests through the built handler (called as Request → Response), a fresh handler per case";
    return [
      {
        item: 'd',
        measure:
          'upstream calls per checkout, returning customer, fresh handler (cold start / other replica)',
        method,
        result: `${returning.length} (${returning.join(', ')})`,
        target: '1',
        pass: returning.length === 1,
      },
      {
        item: 'd',
        measure: 'upstream calls per checkout, new customer',
        method,
        result: `${fresh.length} (${fresh.join(', ')})`,
        target: '3',
        pass: fresh.length === 3,
      },
      {
        item: 'd',
        measure: `customer creates for ${CONCURRENT} concurrent first checkouts of one customer`,
        method: `${method}; ${CONCURRENT} checkouts started together on one handler`,
        result: `${creates} (${burst.length} calls in all, all ${CONCURRENT} answered 200)`,
        target: '1',
        pass: creates === 1,
      },
    ];
  } finally {
    await standIn.close();
  }
}
