import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type PackedLibrary, packLibrary } from './pack-library';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The library packed once for the whole run (see `packLibrary`). */
    packedLibrary: PackedLibrary;
  }
}

let folder: string | undefined;

/** Vitest global setup: packs the library once into a temporary folder for every packaging test. */
export function setup(project: TestProject) {
  folder = mkdtempSync(join(tmpdir(), 'rfc-pack-'));
  project.provide('packedLibrary', packLibrary(folder));
}

/** Removes the temporary folder. */
export function teardown() {
  if (folder) rmSync(folder, { recursive: true, force: true });
}
