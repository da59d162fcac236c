import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from './pack-library';
import { readModule } from './read-module';

const run = promisify(execFile);
const { tarball, dir } = inject('packedLibrary');
const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const ENTRIES = ['.', './server', './testing'] as const;

/** Every file in the tarball, relative to its `package/` folder. */
const packedFiles = (folder = dir): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? packedFiles(join(folder, entry.name)) : [relative(dir, join(folder, entry.name))],
  );

describe('the packed tarball', () => {
  it('passes publint --strict', async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: {
        tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      },
      strict: true,
    });
    const errors = messages.filter((message) => message.type === 'error');
    expect(errors.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([]);
  });

  it('passes are-the-types-wrong for node16 (ESM and CJS) and bundlers', async () => {
    // Profile node16 ignores only the node10 resolution, which cannot see subpath exports at all.
    // The stylesheet export has no types to check.
    const args = ['attw', tarball, '--profile', 'node16', '--exclude-entrypoints', './styles.css'];
    const { stdout } = await run('npx', [...args, '--format', 'json'], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; message: string }) => {
      throw new Error(`attw failed:\n${error.stdout ?? error.message}`);
    });
    const { problems } = JSON.parse(stdout) as {
      problems: Record<string, Array<{ kind: string; entrypoint?: string; resolutionKind?: string }>>;
    };
    // The JSON lists ignored problems too: node10 (TypeScript's legacy `moduleResolution: node`) cannot
    // resolve `/server` and `/testing`, as with any subpath export.
    const found = Object.values(problems).flat();
    expect(found.filter((problem) => problem.resolutionKind !== 'node10')).toEqual([]);
  });

  it.each([
    ...ENTRIES.map((entry) => ({ entry, conditions: manifest.exports[entry] })),
    { entry: './testing (node)', conditions: manifest.exports['./testing'].node },
  ])(
    'exports $entry with types first, for import and for require, to files in the tarball',
    ({ entry, conditions }) => {
      expect(Object.keys(conditions).filter((condition) => condition !== 'node')).toEqual([
        'import',
        'require',
      ]);
      for (const [condition, extension] of [
        ['import', /\.d\.mts$/],
        ['require', /\.d\.cts$/],
      ] as const) {
        expect(Object.keys(conditions[condition]), `${entry} ${condition}`).toEqual(['types', 'default']);
        expect(conditions[condition].types).toMatch(extension);
        for (const target of Object.values<string>(conditions[condition])) {
          expect(packedFiles()).toContain(target.replace(/^\.\//, ''));
        }
      }
    },
  );

  it('Node gets its own /testing build, where msw is loaded only when MSW handlers are made', () => {
    expect(Object.keys(manifest.exports['./testing'])[0]).toBe('node');
    for (const file of ['dist/testing.node.js', 'dist/testing.node.cjs']) {
      const { staticImports, dynamicImports } = readModule(join(dir, file));
      expect([...staticImports, ...dynamicImports], file).not.toContain('msw');
    }
  });

  it('exports the optional stylesheet', () => {
    expect(manifest.exports['./styles.css']).toBe('./dist/styles.css');
    expect(packedFiles()).toContain('dist/styles.css');
  });

  it('is side-effect free but for its stylesheet, and installs no dependency of its own: React, SWR and zod are peers', () => {
    // A bundler must keep `import 'react-flowglad-checkout/styles.css'`; every script can be dropped when unused.
    expect(manifest.sideEffects).toEqual(['**/*.css']);
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies).toMatchObject({ react: '^18 || ^19', 'react-dom': '^18 || ^19' });
  });

  it('imports only its declared peers and Node built-ins, from every built file', () => {
    const declared = new Set(Object.keys(manifest.peerDependencies));
    const undeclared = new Set<string>();
    for (const file of packedFiles().filter((name) => /\.c?js$/.test(name))) {
      const { staticImports, dynamicImports } = readModule(join(dir, file));
      for (const specifier of [...staticImports, ...dynamicImports]) {
        if (specifier.startsWith('.') || isBuiltin(specifier)) continue;
        const name = specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/');
        if (!declared.has(name)) undeclared.add(`${file}: ${specifier}`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });

  it('holds only dist/ and package.json (plus README, CHANGELOG and LICENSE), and no secret key', () => {
    const files = packedFiles();
    expect(files).toContain('CHANGELOG.md');
    expect(
      files.filter((file) => !/^(dist\/|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE)/.test(file)),
    ).toEqual([]);
    const leaks = files.filter((file) =>
      /sk_(live|test)_[A-Za-z0-9]{8,}/.test(readFileSync(join(dir, file), 'utf8')),
    );
    expect(leaks).toEqual([]);
  });
});

describe('publishing', () => {
  it('npm publish --dry-run is clean: no warning, public, with provenance, exactly the files packed', async () => {
    // A placeholder token: a dry run still says "log in first" without one, and it is never sent.
    const { stdout, stderr } = await run(
      'npm',
      [
        'publish',
        '--dry-run',
        '--json',
        '--ignore-scripts',
        '--offline',
        '--//registry.npmjs.org/:_authToken=dry-run',
      ],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    expect(stderr.split('\n').filter((line) => /^npm (warn|error)/i.test(line))).toEqual([]);
    expect(stderr).toContain('with tag latest and public access (dry-run)');
    const published = JSON.parse(stdout)['react-flowglad-checkout'] as { files: Array<{ path: string }> };
    expect(published.files.map((file) => file.path).sort()).toEqual(packedFiles().sort());
    expect(manifest.publishConfig).toEqual({ access: 'public', provenance: true });
  });
});
