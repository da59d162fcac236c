import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PACKAGE_NAME = 'react-flowglad-checkout';

/**
 * The repository root: `npm run bench` runs from it (npm sets the working directory to the package).
 * Fails with a hint when started from anywhere else.
 */
export function packageRoot(): string {
  const root = process.cwd();
  let name: unknown;
  try {
    name = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name;
  } catch {}
  if (name !== PACKAGE_NAME) throw new Error(`Run the bench from the ${PACKAGE_NAME} root: npm run bench`);
  return root;
}

/**
 * Loads a built entry of the package (`'.'`, `'./server'`, `'./testing'`) the way Node does for an
 * `import`: through the `exports` map of package.json to the file in `dist/`.
 */
export async function importBuilt<Module>(subpath: '.' | './server' | './testing'): Promise<Module> {
  const root = packageRoot();
  const exports = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports;
  const file: unknown = exports?.[subpath]?.import?.default;
  if (typeof file !== 'string') throw new Error(`package.json has no import export for ${subpath}`);
  return (await import(pathToFileURL(join(root, file)).href)) as Module;
}

/** A scratch directory whose `node_modules/react-flowglad-checkout` links to this package. */
export interface LinkedPackageDir {
  /** The scratch directory: entry files written here import the package by name. */
  dir: string;
  /** The repository's own `node_modules`, for every other package (pass as esbuild `nodePaths`). */
  nodeModules: string;
  remove(): void;
}

/**
 * Makes a scratch directory where `import … from 'react-flowglad-checkout'` resolves as in an app that
 * installed the package: through its `exports` to the built files in `dist/`.
 */
export function linkBuiltPackage(): LinkedPackageDir {
  const root = packageRoot();
  const dir = mkdtempSync(join(tmpdir(), 'rfc-bench-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', PACKAGE_NAME), 'dir');
  return {
    dir,
    nodeModules: join(root, 'node_modules'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
