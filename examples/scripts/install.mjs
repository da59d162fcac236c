// Packs the library from the repository root (its built dist/) into vendor/react-flowglad-checkout.tgz,
// the file every example's package.json installs, then installs the examples' workspace from it — so
// the examples run exactly what npm would publish.
//
// `npm ci` runs when nothing is installed yet or when the lockfile or a package.json changed since the
// last install. Otherwise only the library is replaced from the new tarball (what `npm ci` would do
// for it), which spares re-extracting a gigabyte of unchanged packages on every run.
//
// The lockfile must carry no integrity for the tarball: it changes with every build, and with a stale
// one `npm ci` fails (EINTEGRITY) or, worse, installs the old tarball from npm's cache. `npm install`
// writes one back, so this script removes it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = fileURLToPath(new URL('..', import.meta.url));
const root = join(examples, '..');
const vendor = join(examples, 'vendor');
const tarball = join(vendor, 'react-flowglad-checkout.tgz');
const lockfile = join(examples, 'package-lock.json');
const stamp = join(examples, 'node_modules', '.install-stamp');
const installed = join(examples, 'node_modules', 'react-flowglad-checkout');

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` in the repository root first.');
  process.exit(1);
}
mkdirSync(vendor, { recursive: true });
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', vendor], { cwd: root, encoding: 'utf8' }),
);
renameSync(join(vendor, packed.filename), tarball);
console.log(`packed ${packed.name}@${packed.version} (${packed.entryCount} files) into examples/vendor/`);

const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
const locked = lock.packages?.['node_modules/react-flowglad-checkout'];
if (locked?.integrity) {
  delete locked.integrity;
  writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
  console.log('removed the integrity of vendor/react-flowglad-checkout.tgz from package-lock.json');
}

/** What an install depends on: the lockfile and every package.json of the workspace. */
const manifests = [
  'package.json',
  ...JSON.parse(readFileSync(join(examples, 'package.json'), 'utf8')).workspaces.map((name) =>
    join(name, 'package.json'),
  ),
];
const hash = createHash('sha256');
for (const file of ['package-lock.json', ...manifests])
  hash.update(`${file}\n${readFileSync(join(examples, file))}`);
const wanted = `${hash.digest('hex')} ${process.version} ${process.platform}-${process.arch}\n`;

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(installed)) {
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed);
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  console.log('the workspace is up to date: replaced node_modules/react-flowglad-checkout from the tarball');
} else {
  // Errors only: on Node 20 every package of React Router 8, TanStack Start and wrangler warns
  // EBADENGINE (hundreds of lines), as expected: they run under the Node 22 the workspace installs.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: examples,
    stdio: 'inherit',
  });
  console.log('installed the examples’ workspace (npm ci)');
  writeFileSync(stamp, wanted);
}
