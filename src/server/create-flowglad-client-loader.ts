import type { Flowglad } from '@flowglad/node';
import type { FlowgladErrorClasses } from './classify-upstream-error';
import { limitUpstreamFetch } from './limit-upstream-fetch';

export interface LoadedFlowglad {
  client: Flowglad;
  classes: FlowgladErrorClasses;
}

/**
 * `@flowglad/node` is an optional peer, loaded on first use (again after a failure). No retries: a
 * retried create can duplicate a session.
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
