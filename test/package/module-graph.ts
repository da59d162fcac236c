import { dirname, relative, resolve } from 'node:path';
import { type ModuleFacts, readModule } from './read-module';

/** One file of a package as reached from an entry. */
export interface GraphModule extends ModuleFacts {
  /** The path from the entry to this file, entry first (paths relative to the entry's folder). */
  chain: string[];
  /** True when the file is reached only through some `import()`: it is not loaded with the entry. */
  lazy: boolean;
}

/**
 * Every file of the package that `entry` can load, following its relative imports — static ones
 * (loaded with the entry) and dynamic `import()`s (loaded later, marked `lazy`) — down to the end.
 * Bare specifiers (`react`, `node:http`) are listed in each module's facts, not followed.
 *
 * @example
 * ```ts
 * for (const [file, module] of moduleGraph('package/dist/server.js')) console.log(file, module.staticImports);
 * ```
 */
export function moduleGraph(entry: string): Map<string, GraphModule> {
  const root = dirname(entry);
  const graph = new Map<string, GraphModule>();
  const queue: Array<{ file: string; chain: string[]; lazy: boolean }> = [
    { file: resolve(entry), chain: [relative(root, entry)], lazy: false },
  ];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { file, chain, lazy } = next;
    const known = graph.get(file);
    if (known && (!known.lazy || lazy)) continue; // already reached, at least as eagerly
    const facts = known ?? { ...readModule(file), chain, lazy };
    graph.set(file, { ...facts, chain: known ? chain : facts.chain, lazy });
    const follow = (specifiers: string[], lazyEdge: boolean) => {
      for (const specifier of specifiers.filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), specifier);
        queue.push({ file: target, chain: [...chain, relative(root, target)], lazy: lazy || lazyEdge });
      }
    };
    follow(facts.staticImports, false);
    follow(facts.dynamicImports, true);
  }
  return graph;
}
