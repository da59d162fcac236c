import { basename } from 'node:path';
import { readModule } from './read-module';

/**
 * What is wrong with the `'use client'` directive of each client entry file: it must be the first
 * statement (comments may precede it), or React Server Components frameworks (Next.js App Router)
 * treat the file as server code and its hooks fail at build time. Shared chunks need no directive:
 * only the entries are importable (the `exports` map), and only the client entry may reach React —
 * see `reactImportProblems`.
 *
 * @example
 * ```ts
 * clientDirectiveProblems(['package/dist/index.js', 'package/dist/index.cjs']); // → []
 * ```
 */
export function clientDirectiveProblems(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const [first] = readModule(file).directives;
    return first === 'use client'
      ? []
      : [`${basename(file)} does not start with 'use client' (first directive: ${first ?? 'none'})`];
  });
}
