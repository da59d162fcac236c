import type { CheckoutCustomer } from '../src/server';

/**
 * What the success and cancel pages may know about a checkout session: never the whole record.
 *
 * @example
 * ```ts
 * const { status }: SessionStatus = (await (await fetch(`/api/checkout-sessions/${id}`)).json()).checkoutSession;
 * ```
 */
export interface SessionStatus {
  id: string;
  status: string;
  type: string;
  priceId: string | null;
  quantity: number | null;
}

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
const notFound = () => json(404, { error: { code: 'not_found', message: 'No such checkout session.' } });

/**
 * `GET /api/checkout-sessions/{id}` for the demo's success and cancel pages: reads the session from
 * Flowglad with the secret key (which stays on the server) and answers its status — only when the
 * session belongs to the signed-in shopper, so ids cannot be used to peek at other people's checkouts.
 *
 * @example
 * ```ts
 * const handler = createSessionStatusHandler({ apiKey, baseUrl, getCustomer: () => DEMO_SHOPPER });
 * const response = await handler(new Request('http://localhost/api/checkout-sessions/chckt_session_1'));
 * ```
 */
export function createSessionStatusHandler(options: {
  apiKey: string;
  baseUrl: string;
  getCustomer: (request: Request) => CheckoutCustomer | null;
}): (request: Request) => Promise<Response> {
  const flowglad = async (path: string) => {
    const response = await fetch(new URL(`/api/v1/${path}`, options.baseUrl), {
      headers: { authorization: `Bearer ${options.apiKey}` },
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok ? ((await response.json()) as Record<string, Record<string, unknown>>) : undefined;
  };
  return async (request) => {
    if (request.method !== 'GET') return json(405, { error: { code: 'method_not_allowed' } });
    const id = decodeURIComponent(new URL(request.url).pathname.split('/').pop() ?? '');
    const shopper = options.getCustomer(request);
    if (!shopper) return json(401, { error: { code: 'unauthenticated' } });
    if (!/^[\w-]{1,100}$/.test(id)) return notFound();
    try {
      const [found, owner] = await Promise.all([
        flowglad(`checkout-sessions/${id}`),
        flowglad(`customers/${encodeURIComponent(shopper.externalId)}`),
      ]);
      const session = found?.checkoutSession;
      if (!session || !owner?.customer || session.customerId !== owner.customer.id) return notFound();
      const { status, type, priceId = null, quantity = null } = session as unknown as SessionStatus;
      return json(200, { checkoutSession: { id, status, type, priceId, quantity } });
    } catch {
      return json(502, { error: { code: 'upstream_error', message: 'Could not reach Flowglad.' } });
    }
  };
}
