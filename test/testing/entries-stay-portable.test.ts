import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../src');

/** Every module an entry loads when imported, following relative static imports (type-only ones load nothing). */
function staticGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map(
      (m) => m[1] ?? '',
    );
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const base = resolve(dirname(file), specifier);
      const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
      const next = candidates.find((candidate) => {
        try {
          readFileSync(candidate);
          return true;
        } catch {
          return false;
        }
      });
      if (next) visit(next);
    }
  };
  visit(resolve(root, entry));
  return graph;
}
const externals = (entry: string) =>
  [...staticGraph(entry).values()].flat().filter((s) => !s.startsWith('.'));

describe('what the server and testing entries load', () => {
  it('react-flowglad-checkout/testing loads no Node built-in at import time, so browsers (Storybook) can load it', () => {
    const loaded = externals('testing.ts');
    expect(loaded).toEqual(expect.arrayContaining(['msw', 'zod']));
    expect(loaded.filter((specifier) => specifier.startsWith('node:') || specifier === 'http')).toEqual([]);
  });

  it('react-flowglad-checkout/testing as Node loads it never imports msw: the stand-in works without it', () => {
    const loaded = externals('testing.node.ts');
    expect(loaded).toContain('zod');
    expect(loaded).not.toContain('msw');
  });

  it('react-flowglad-checkout/server loads neither React nor Node built-ins nor @flowglad/node at import time', () => {
    const loaded = externals('server.ts');
    expect(staticGraph('server.ts').size).toBeGreaterThan(5);
    expect(loaded.filter((specifier) => /^(react|react-dom|node:|@flowglad\/node)/.test(specifier))).toEqual(
      [],
    );
  });
});
