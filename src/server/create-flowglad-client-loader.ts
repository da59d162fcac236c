import type { Flowglad } from '@flowglad/node';
import type { FlowgladErrorClasses } from './classify-upstream-error';
import { limitUpstreamFetch } from './limit-upstream-fetch';

/**
 * The official Flowglad client, made the route's way, and the error classes it throws.
 *
 * @example
 * ```ts
 * const { client, classes }: LoadedFlowglad = await loadClient();
 * ```
 */
export interface LoadedFlowglad {
  client: Flowglad;
  classes: FlowgladErrorClasses;
}

/**
 * Loads `@flowglad/node` (an optional peer dependency) on first use, once — a failed load is tried
 * again next time, and a missing package says how to install it — and makes its client: no automatic
 * retries (a retried create can duplicate a session: there is no idempotency key), redirects not
 * followed and answers read up to 1 MiB (see {@link limitUpstreamFetch}).
 *
 * @example
 * ```ts
 * const loadClient = createFlowgladClientLoader({ apiKey, baseUrl: 'https://app.flowglad.com' });
 * const { client } = await loadClient();
 * ```
 */
export function createFlowgladClientLoader(config: { apiKey: string; baseUrl: string }) {
  let loading: Promise<LoadedFlowglad> | undefined;
  const load = async (): Promise<LoadedFlowglad> => {
    let mod: typeof import('@flowglad/node');
    try {
      mod = await import('@flowglad/node');
    } catch (cause) {
      throw new Error(
        'react-flowglad-checkout/server needs the official Flowglad client: run `npm install @flowglad/node` in your app.',
        { cause },
      );
    }
    const fetch = limitUpstreamFetch(globalThis.fetch);
    return {
      client: new mod.Flowglad({ apiKey: config.apiKey, baseURL: config.baseUrl, maxRetries: 0, fetch }),
      classes: mod,
    };
  };
  return (): Promise<LoadedFlowglad> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
