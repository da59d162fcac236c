import type { Flowglad } from '@flowglad/node';
import type { CheckoutSessionBody } from '../core/checkout-session-schema';
import type { CheckoutCustomer } from './checkout-session-handler-options';
import { LruSet } from './lru-set';
import { type FlowgladErrorClasses, UpstreamFailure } from './upstream-failure';

type FlowgladModule = typeof import('@flowglad/node');

/**
 * What Flowglad answered to a created checkout session, untouched.
 *
 * @example
 * ```ts
 * const { checkoutSession, url }: FlowgladCheckoutSessionAnswer = await upstream.createCheckoutSession(session, customer, 10_000);
 * ```
 */
export interface FlowgladCheckoutSessionAnswer {
  checkoutSession: unknown;
  url: string;
}

/** Loads the optional peer dependency once; a missing package says how to install it. */
async function loadFlowglad(): Promise<FlowgladModule> {
  try {
    return await import('@flowglad/node');
  } catch (cause) {
    throw new Error(
      'react-flowglad-checkout/server needs the official Flowglad client: run `npm install @flowglad/node` in your app.',
      { cause },
    );
  }
}

/**
 * The handler's side of Flowglad, through the official `@flowglad/node` client (loaded on first use):
 * makes sure the customer exists — remembering the ones it has seen in a bounded LRU, so a repeat
 * checkout costs one call — then creates the session. Retries are off for every call (the API has no
 * idempotency key, so a retried create could make a second session), and all calls together must
 * finish within `timeoutMs`. Every failure is an {@link UpstreamFailure}.
 *
 * @example
 * ```ts
 * const upstream = createFlowgladUpstream({ apiKey, baseUrl: 'https://app.flowglad.com', customerCacheSize: 1000 });
 * const { url } = await upstream.createCheckoutSession(validatedSession, { externalId: 'user_1' }, 10_000);
 * ```
 */
export function createFlowgladUpstream(config: {
  apiKey: string;
  baseUrl: string;
  customerCacheSize: number;
}) {
  let loading: Promise<{ client: Flowglad; classes: FlowgladErrorClasses }> | undefined;
  const known = new LruSet<string>(config.customerCacheSize);

  const load = () => {
    loading ??= loadFlowglad().then(
      (mod) => ({
        // No automatic retries: a retried create can duplicate a session (there is no idempotency key),
        // and retried reads would spend the shopper's time budget. The shopper's next click retries.
        client: new mod.Flowglad({ apiKey: config.apiKey, baseURL: config.baseUrl, maxRetries: 0 }),
        classes: mod,
      }),
      (error) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };

  return {
    load,
    async createCheckoutSession(
      session: CheckoutSessionBody,
      customer: CheckoutCustomer,
      timeoutMs: number,
    ): Promise<FlowgladCheckoutSessionAnswer> {
      const { client, classes } = await load();
      // One budget for every call: each gets what is left of it (the client enforces it per call).
      const deadline = Date.now() + timeoutMs;
      const options = () => ({ timeout: Math.max(1, Math.ceil(deadline - Date.now())), maxRetries: 0 });
      const id = customer.externalId;
      const isStatus = (error: unknown, status?: number) =>
        error instanceof classes.APIError &&
        typeof error.status === 'number' &&
        (status === undefined || error.status === status);

      const ensureCustomer = async () => {
        try {
          await client.customers.retrieve(id, options());
        } catch (error) {
          if (!isStatus(error, 404)) throw UpstreamFailure.from(error, 'ensure_customer', classes);
          try {
            const body = {
              customer: { externalId: id, name: customer.name ?? id, email: customer.email ?? '' },
            };
            await client.customers.create(body, options());
          } catch (createError) {
            // Another request (or server) may have created it meanwhile: look once more.
            if (!isStatus(createError)) throw UpstreamFailure.from(createError, 'ensure_customer', classes);
            await client.customers.retrieve(id, options()).catch(() => {
              throw UpstreamFailure.from(createError, 'ensure_customer', classes);
            });
          }
        }
        known.add(id);
      };
      const create = async () => {
        try {
          const body = { checkoutSession: { ...session, customerExternalId: id } };
          return (await client.checkoutSessions.create(body, options())) as FlowgladCheckoutSessionAnswer;
        } catch (error) {
          throw UpstreamFailure.from(error, 'create_session', classes);
        }
      };

      const remembered = known.has(id);
      if (!remembered) await ensureCustomer();
      try {
        return await create();
      } catch (error) {
        // A remembered customer deleted at Flowglad since: the create failed with 400, so no session
        // exists and trying once more after ensuring the customer cannot make a duplicate.
        if (!(remembered && error instanceof UpstreamFailure && error.kind === 'customer_not_found'))
          throw error;
        known.delete(id);
        await ensureCustomer();
        return await create();
      }
    },
  };
}
