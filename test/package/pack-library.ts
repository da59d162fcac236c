import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, whose `dist/` is packed. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Where a packed library lies: the tarball, and its unpacked `package/` folder. */
export interface PackedLibrary {
  tarball: string;
  /** The tarball unpacked: holds `package.json` and `dist/` exactly as npm would install them. */
  dir: string;
}

/**
 * Packs the repository with `npm pack` (as `npm publish` would) into `destination`, and unpacks the
 * tarball beside it. The build is not run: `dist/` must exist (`npm run build`).
 *
 * @example
 * ```ts
 * const { tarball, dir } = packLibrary(mkdtempSync(join(tmpdir(), 'pack-')));
 * ```
 */
export function packLibrary(destination: string): PackedLibrary {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before packing the library.');
  }
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  const [packed] = JSON.parse(output) as Array<{ filename: string }>;
  if (!packed) throw new Error(`npm pack printed no file: ${output}`);
  const tarball = join(destination, packed.filename);
  const unpacked = join(destination, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  return { tarball, dir: join(unpacked, 'package') };
}
