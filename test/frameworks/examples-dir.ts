import { join } from 'node:path';
import { REPO_ROOT } from '../package/pack-library';

/** `examples/`: one npm workspace, one lockfile, the packed library in `vendor/`. */
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
