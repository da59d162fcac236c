// Packs the library from the repository root (its built dist/) into vendor/react-flowglad-checkout.tgz,
// the file every example's package.json installs — so the examples run exactly what npm would publish.
// The lockfile must carry no integrity for that file: it changes with every build, and with a stale
// one `npm ci` fails (EINTEGRITY) or, worse, installs the old tarball from npm's cache. `npm install`
// writes one back, so this script removes it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vendor = fileURLToPath(new URL('../vendor', import.meta.url));
const lockfile = fileURLToPath(new URL('../package-lock.json', import.meta.url));

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` in the repository root first.');
  process.exit(1);
}
mkdirSync(vendor, { recursive: true });
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', vendor], { cwd: root, encoding: 'utf8' }),
);
renameSync(join(vendor, packed.filename), join(vendor, 'react-flowglad-checkout.tgz'));
console.log(
  `packed ${packed.name}@${packed.version} (${packed.entryCount} files) into examples/vendor/react-flowglad-checkout.tgz`,
);

if (existsSync(lockfile)) {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  const locked = lock.packages?.['node_modules/react-flowglad-checkout'];
  if (locked?.integrity) {
    delete locked.integrity;
    writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
    console.log('removed the integrity of vendor/react-flowglad-checkout.tgz from package-lock.json');
  }
}
