import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Testing from '../../src/testing';
import { EXAMPLES_DIR } from './examples-dir';

/**
 * Starts the Flowglad stand-in from `react-flowglad-checkout/testing` as the examples installed it (the
 * packed tarball), never from the sources.
 *
 * @example
 * ```ts
 * const standIn = await startInstalledStandIn();
 * ```
 */
export function startInstalledStandIn(
  options?: Testing.FlowgladStandInOptions,
): Promise<Testing.FlowgladStandIn> {
  const testing = createRequire(join(EXAMPLES_DIR, 'package.json'))(
    'react-flowglad-checkout/testing',
  ) as typeof Testing;
  return testing.startFlowgladStandIn(options);
}

/**
 * What every example reads from its environment to run against the stand-in, as it would in
 * production: Flowglad's address and key, and the shop's public origin (the app server's URL).
 *
 * @example
 * ```ts
 * const app = await startAppServer({ command: () => npmScript('start'), cwd, env: exampleEnv(standIn) });
 * ```
 */
export function exampleEnv(
  standIn: Pick<Testing.FlowgladStandIn, 'url' | 'apiKey'>,
  extra: Record<string, string> = {},
): (url: string) => Record<string, string> {
  return (url) => ({
    NODE_ENV: 'production',
    ...extra,
    FLOWGLAD_BASE_URL: standIn.url,
    FLOWGLAD_SECRET_KEY: standIn.apiKey,
    SHOP_ORIGIN: url, // the store's public origin (see each example's checkout module)
  });
}
