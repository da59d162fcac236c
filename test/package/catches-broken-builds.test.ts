import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { clientDirectiveProblems } from './client-directive-problems';
import { reactImportProblems } from './react-import-problems';

const { dir } = inject('packedLibrary');
const scratches: string[] = [];

/** A scratch copy of the packed `dist/`, to break on purpose (the real one is never touched). */
function scratchDist() {
  const copy = mkdtempSync(join(tmpdir(), 'rfc-broken-'));
  scratches.push(copy);
  cpSync(join(dir, 'dist'), copy, { recursive: true });
  const file = (name: string) => join(copy, name);
  const edit = (name: string, change: (source: string) => string) =>
    writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));
  /** The hashed name of the shared chunk `/server` and `/testing` both load (to-node-handler-….js/.cjs). */
  const sharedChunk = (extension: string) => {
    const found = readdirSync(copy).find(
      (name) => name.startsWith('to-node-handler-') && name.endsWith(extension),
    );
    if (!found) throw new Error(`no shared to-node-handler chunk ending in ${extension} in dist/`);
    return found;
  };
  return { file, edit, sharedChunk };
}

afterEach(() => {
  for (const copy of scratches.splice(0)) rmSync(copy, { recursive: true, force: true });
});

describe('the checks catch a broken build (run on a broken scratch copy of dist/)', () => {
  it("'use client' removed from the client entry", () => {
    const dist = scratchDist();
    dist.edit('index.js', (source) => source.replace(/^"use client";\n/, ''));
    dist.edit('index.cjs', (source) => source.replace(/^"use client";\n/, ''));
    expect(clientDirectiveProblems([dist.file('index.js'), dist.file('index.cjs')])).toEqual([
      "index.js does not start with 'use client' (first directive: none)",
      "index.cjs does not start with 'use client' (first directive: none)",
    ]);
  });

  it("'use client' moved below a statement (no longer a directive)", () => {
    const dist = scratchDist();
    dist.edit('index.js', (source) => `const x = 1;\n${source}`);
    dist.edit('index.cjs', (source) => `"use strict";\n${source}`);
    expect(clientDirectiveProblems([dist.file('index.js'), dist.file('index.cjs')])).toEqual([
      "index.js does not start with 'use client' (first directive: none)",
      "index.cjs does not start with 'use client' (first directive: use strict)",
    ]);
  });

  it('React imported by the server entry itself, statically or through import()', () => {
    const dist = scratchDist();
    dist.edit('server.js', (source) => `import { version } from "react";\n${source}`);
    dist.edit(
      'server.cjs',
      (source) => `${source}\nasync function later() { return import("react-dom/server"); }\n`,
    );
    expect(reactImportProblems(dist.file('server.js'))).toEqual(['server.js imports react']);
    expect(reactImportProblems(dist.file('server.cjs'))).toEqual(['server.cjs imports react-dom/server']);
  });

  it('React (or SWR) imported by a chunk that /server and /testing share, in ESM and CJS', () => {
    const dist = scratchDist();
    const esm = dist.sharedChunk('.js');
    const cjs = dist.sharedChunk('.cjs');
    dist.edit(esm, (source) => `import "react";\n${source}`);
    dist.edit(cjs, (source) => `const swr = require("swr/mutation");\n${source}`);
    expect(reactImportProblems(dist.file('server.js'))).toEqual([`server.js → ${esm} imports react`]);
    expect(reactImportProblems(dist.file('testing.js'))).toEqual([
      expect.stringMatching(new RegExp(`^testing\\.js → .*${esm.replace('.', '\\.')} imports react$`)),
    ]);
    expect(reactImportProblems(dist.file('server.cjs'))).toEqual([
      `server.cjs → ${cjs} imports swr/mutation`,
    ]);
  });
});
