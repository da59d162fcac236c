import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { startFlowgladStandIn } from '../../src/testing';
import { handlerFor, ROUTE, read, SERVER_CUSTOMER, SERVER_SHOPPER, SHOP } from './helpers';
import { body, headers, headersInit } from './hostile-requests';

const standIn = await startFlowgladStandIn({ customers: [SERVER_SHOPPER] });
afterAll(() => standIn.close());
const handler = handlerFor(standIn);

/** The oracle: a return URL is acceptable only on the shop's origin, as an absolute http(s) URL without credentials. */
const onShop = (value: unknown) => {
  try {
    const parsed = new URL(String(value));
    return parsed.origin === SHOP && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
};
const mentionsCustomer = (text: string) => text.includes('"customerExternalId"');

describe('the handler under arbitrary input (fast-check)', () => {
  it('never answers 5xx, never forwards a client-chosen customer, never accepts a return URL off the allowed origins', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, headers, async (text, sent) => {
        const init = headersInit(sent);
        const before = standIn.apiRequests().length;
        const answer = await read(
          await handler(new Request(ROUTE, { method: 'POST', headers: init, body: text })),
        );

        expect(answer.status).toBeLessThan(500);
        expect(answer.headers.get('cache-control')).toBe('no-store');
        if (answer.status !== 200) {
          expect(answer.body.error?.code).toEqual(expect.any(String));
          expect(
            standIn
              .apiRequests()
              .slice(before)
              .filter((r) => r.status === 200 && r.method === 'POST'),
          ).toEqual([]);
          return;
        }
        accepted += 1;
        const sentSession = (JSON.parse(text) as { checkoutSession: Record<string, unknown> })
          .checkoutSession;
        expect(mentionsCustomer(text)).toBe(false);
        expect(onShop(sentSession.successUrl) && onShop(sentSession.cancelUrl)).toBe(true);
        const created = answer.body.checkoutSession as { successUrl: string; cancelUrl: string };
        expect(onShop(created.successUrl) && onShop(created.cancelUrl)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    // Whatever the bodies said, Flowglad only ever heard of the server's customer.
    for (const request of standIn.apiRequests()) {
      if (request.path.startsWith('/api/v1/customers/'))
        expect(request.path).toBe(`/api/v1/customers/${SERVER_CUSTOMER}`);
      if (request.path === '/api/v1/checkout-sessions') {
        expect(
          (request.body as { checkoutSession: { customerExternalId: string } }).checkoutSession
            .customerExternalId,
        ).toBe(SERVER_CUSTOMER);
      }
    }
    // The generators reach the success path often enough for the checks above to mean something.
    expect(accepted).toBeGreaterThan(20);
  }, 60_000);
});
