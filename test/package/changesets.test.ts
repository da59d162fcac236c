import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './pack-library';

const run = promisify(execFile);
const CHANGESET = join(REPO_ROOT, 'node_modules/@changesets/cli/bin.js');
const NAME = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).name as string;

/** The notes waiting for the next release: every Markdown file of .changeset/ but its README. */
const pendingNotes = () =>
  readdirSync(join(REPO_ROOT, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');

interface Status {
  changesets: Array<{ id: string; summary: string; releases: Array<{ name: string; type: string }> }>;
  releases: Array<{ name: string; type: string; oldVersion: string; newVersion: string }>;
}

/**
 * `changeset status`, as the release workflow's pull request check would run it: in a scratch git
 * repository whose `main` holds this package.json and .changeset/config.json, and whose branch adds
 * the pending notes beside a change to the package (status refuses a changed package without notes).
 */
async function changesetStatus(): Promise<Status> {
  const repo = mkdtempSync(join(tmpdir(), 'rfc-changesets-'));
  try {
    const git = (...args: string[]) =>
      run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: repo });
    mkdirSync(join(repo, '.changeset'));
    cpSync(join(REPO_ROOT, 'package.json'), join(repo, 'package.json'));
    cpSync(join(REPO_ROOT, '.changeset/config.json'), join(repo, '.changeset/config.json'));
    await git('init', '--quiet', '--initial-branch', 'main');
    await git('add', '--all');
    await git('commit', '--quiet', '--message', 'the last release');
    await git('checkout', '--quiet', '-b', 'next');
    const notes = pendingNotes();
    for (const note of notes) cpSync(join(REPO_ROOT, '.changeset', note), join(repo, '.changeset', note));
    if (notes.length > 0) writeFileSync(join(repo, 'CHANGED.md'), 'a change to the package\n');
    await git('add', '--all');
    await git('commit', '--quiet', '--allow-empty', '--message', 'the next release');
    await run(process.execPath, [CHANGESET, 'status', '--output', 'status.json'], { cwd: repo }).catch(
      (error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`changeset status refused:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
      },
    );
    return JSON.parse(readFileSync(join(repo, 'status.json'), 'utf8'));
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

describe('releases with Changesets', () => {
  it('changeset status accepts every pending note: each names this package, with a bump and a sentence', async () => {
    const status = await changesetStatus();
    const notes = pendingNotes().map((file) => file.replace(/\.md$/, ''));
    expect(status.changesets.map((changeset) => changeset.id).sort()).toEqual(notes.sort());
    for (const changeset of status.changesets) {
      expect(changeset.releases, changeset.id).toEqual([
        { name: NAME, type: expect.stringMatching(/^(patch|minor|major)$/) },
      ]);
      expect(changeset.summary.trim(), changeset.id).not.toBe('');
    }
    expect(status.releases.map(({ name }) => name)).toEqual(notes.length > 0 ? [NAME] : []);
  });

  it('CHANGELOG.md starts with the package name, where changeset version puts each new release', () => {
    const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog.split('\n')[0]).toBe(`# ${NAME}`);
  });
});
