import { moduleGraph } from './module-graph';

/** Packages that mean "this code runs React": React itself, its DOM renderer, and SWR's hooks. */
const REACT = /^(react|react-dom|swr)(\/|$)/;

/**
 * The ways `entry` reaches React: each file it can load — statically or through `import()`, down
 * every chunk — that imports `react`, `react-dom` or `swr` (any subpath). Empty when the entry is
 * React-free, as `/server` and `/testing` must be for route handlers, workers and Node scripts.
 *
 * @example
 * ```ts
 * reactImportProblems('package/dist/server.js'); // → [] or ['server.js → chunk-x.js imports react']
 * ```
 */
export function reactImportProblems(entry: string): string[] {
  const problems: string[] = [];
  for (const module of moduleGraph(entry).values()) {
    for (const specifier of [...module.staticImports, ...module.dynamicImports]) {
      if (REACT.test(specifier)) problems.push(`${module.chain.join(' → ')} imports ${specifier}`);
    }
  }
  return problems;
}
