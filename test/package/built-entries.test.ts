import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { clientDirectiveProblems } from './client-directive-problems';
import { moduleGraph } from './module-graph';
import { reactImportProblems } from './react-import-problems';

const { dir } = inject('packedLibrary');
const dist = (file: string) => join(dir, 'dist', file);

/** Bare packages an entry loads with itself (static) and only when code runs (`import()`), per chunk. */
function bareImports(entry: string) {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  for (const module of moduleGraph(dist(entry)).values()) {
    for (const specifier of module.staticImports)
      if (!specifier.startsWith('.')) (module.lazy ? lazy : eager).add(specifier);
    for (const specifier of module.dynamicImports) if (!specifier.startsWith('.')) lazy.add(specifier);
  }
  return { eager: [...eager].sort(), lazy: [...lazy].sort() };
}

describe('the built entries in the tarball', () => {
  it("keep 'use client' as the first statement of the client entry, ESM and CJS", () => {
    expect(clientDirectiveProblems([dist('index.js'), dist('index.cjs')])).toEqual([]);
  });

  it('the client entry does load React (the check below would notice it)', () => {
    expect(reactImportProblems(dist('index.js'))).toContain('index.js imports react');
    expect(reactImportProblems(dist('index.cjs'))).toContain('index.cjs imports react');
  });

  it.each(['server.js', 'server.cjs', 'testing.js', 'testing.cjs', 'testing.node.js', 'testing.node.cjs'])(
    '%s reaches no React, SWR or react-dom through any chunk, static or dynamic',
    (entry) => {
      expect(moduleGraph(dist(entry)).size).toBeGreaterThan(1); // it does have chunks to walk
      expect(reactImportProblems(dist(entry))).toEqual([]);
    },
  );

  it.each(['server.js', 'server.cjs'])(
    '%s loads @flowglad/node only when a request needs it (import())',
    (entry) => {
      const { eager, lazy } = bareImports(entry);
      expect(eager.filter((name) => name.startsWith('@flowglad/') || name.startsWith('node:'))).toEqual([]);
      expect(lazy).toContain('@flowglad/node');
    },
  );

  it.each(['testing.js', 'testing.cjs'])(
    '%s (browsers, bundlers) loads node:http only when a stand-in starts (import())',
    (entry) => {
      const { eager, lazy } = bareImports(entry);
      expect(eager.filter((name) => name.startsWith('node:'))).toEqual([]);
      expect(lazy).toContain('node:http');
    },
  );

  it.each(['testing.node.js', 'testing.node.cjs'])('%s (Node) never imports msw itself', (entry) => {
    const { eager, lazy } = bareImports(entry);
    expect([...eager, ...lazy]).not.toContain('msw');
    expect(lazy).toContain('node:http');
  });
});
