import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from './pack-library';

const run = promisify(execFile);
const { tarball } = inject('packedLibrary');
const pinned: Record<string, string> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'),
).devDependencies;

/** Starts the stand-in, asks it one question, then tries to make MSW handlers: prints what happened. */
const SCRIPT = (load: string) => `
${load}
const standIn = await startFlowgladStandIn();
const answer = await fetch(standIn.url + '/api/v1/customers/nobody', { headers: { authorization: standIn.apiKey } });
let handlers;
try { checkoutRouteHandlers(); handlers = 'made'; } catch (error) { handlers = error.message; }
await standIn.close();
console.log(JSON.stringify({ status: answer.status, handlers }));
`;

let project: string;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'rfc-no-msw-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'no-msw', private: true }));
  // The library and the peers a Node test setup has, but not msw.
  const specs = ['zod', '@flowglad/node'].map((name) => `${name}@${pinned[name]}`);
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball, ...specs],
    {
      cwd: project,
    },
  );
  writeFileSync(
    join(project, 'stand-in.mjs'),
    SCRIPT("import { checkoutRouteHandlers, startFlowgladStandIn } from 'react-flowglad-checkout/testing';"),
  );
  writeFileSync(
    join(project, 'stand-in.cjs'),
    `(async () => {${SCRIPT("const { checkoutRouteHandlers, startFlowgladStandIn } = require('react-flowglad-checkout/testing');")}})();`,
  );
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('react-flowglad-checkout/testing in a Node project without msw', () => {
  it.each(['stand-in.mjs', 'stand-in.cjs'])(
    '%s: the Flowglad stand-in works; checkoutRouteHandlers says how to install msw',
    async (script) => {
      const { stdout } = await run('node', [script], { cwd: project });
      expect(JSON.parse(stdout)).toEqual({
        status: 404,
        handlers:
          'checkoutRouteHandlers needs MSW: run `npm install -D msw` (the Flowglad stand-in does not).',
      });
    },
  );
});
