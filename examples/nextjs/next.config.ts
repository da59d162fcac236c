import { join } from 'node:path';
import type { NextConfig } from 'next';

const config: NextConfig = {
  // The examples are one npm workspace (packages installed in examples/node_modules) inside the
  // library's repository, which has its own lockfile: the workspace is the root Turbopack sees.
  turbopack: { root: join(import.meta.dirname, '..') },
};

export default config;
