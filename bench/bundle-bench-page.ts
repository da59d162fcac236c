import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { linkBuiltPackage, packageRoot } from './package-root';

/**
 * Points the page's `../../src/index` import at the built package, resolved by name through the
 * package's `exports` (as an app that installed it would), so the page runs what ships in `dist/`.
 */
function builtPackage(linkedDir: string): Plugin {
  return {
    name: 'built-package',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /[\\/]src[\\/]index$/ }, async (args) => {
        const resolved = await pluginBuild.resolve('react-flowglad-checkout', {
          kind: args.kind,
          resolveDir: linkedDir,
        });
        if (resolved.errors.length > 0 || !resolved.path.includes(`${join('dist', '')}`)) {
          throw new Error(`react-flowglad-checkout did not resolve to dist/ (got ${resolved.path})`);
        }
        return resolved;
      });
    },
  };
}

/**
 * Bundles a bench page (`bench/browser/<page>.tsx`) with React and the built library for the browser,
 * minified. `profiling` swaps in `react-dom/profiling` so `<Profiler onRender>` fires (it is a no-op in
 * React's plain production build); otherwise it is React's production build, as a storefront ships it.
 */
export async function bundleBenchPage(page: string, { profiling = false } = {}): Promise<string> {
  const linked = linkBuiltPackage();
  try {
    const result = await build({
      entryPoints: [join(packageRoot(), `bench/browser/${page}.tsx`)],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      alias: profiling ? { 'react-dom/client': 'react-dom/profiling' } : {},
      plugins: [builtPackage(linked.dir)],
      write: false,
      logLevel: 'error',
    });
    const code = result.outputFiles?.[0]?.text;
    if (!code) throw new Error(`esbuild wrote no ${page} bundle`);
    return code;
  } finally {
    linked.remove();
  }
}
