import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../package/pack-library';
import { EXAMPLES_DIR } from './examples-dir';

const INSTALLED = join(EXAMPLES_DIR, 'node_modules/react-flowglad-checkout');
const workspaces: string[] = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'package.json'), 'utf8')).workspaces;

describe('the library as the examples installed it', () => {
  it('is the packed build of this repository, not a stale install', () => {
    const built = readdirSync(join(REPO_ROOT, 'dist')).filter((file) => /\.c?js$/.test(file));
    expect(built.length).toBeGreaterThan(0);
    for (const file of built) {
      expect(readFileSync(join(INSTALLED, 'dist', file), 'utf8'), file).toBe(
        readFileSync(join(REPO_ROOT, 'dist', file), 'utf8'),
      );
    }
  });

  it.each(workspaces)('examples/%s uses that one copy (no nested install of its own)', (workspace) => {
    const manifest = JSON.parse(readFileSync(join(EXAMPLES_DIR, workspace, 'package.json'), 'utf8'));
    expect(manifest.dependencies['react-flowglad-checkout']).toBe(
      'file:../vendor/react-flowglad-checkout.tgz',
    );
    expect(existsSync(join(EXAMPLES_DIR, workspace, 'node_modules/react-flowglad-checkout'))).toBe(false);
  });
});
