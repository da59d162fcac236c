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
