import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/browser/chromium-launch-options';
import { freePort } from '../test/package/free-port';
import type { BenchRow } from './bench-row';
import { median } from './stats';

/** The story a newcomer lands on first: the sidebar opens it, and its button is what they came to see. */
const FIRST_STORY = 'components-checkoutbutton--idle';
const FIRST_BUTTON = 'Buy T-shirt — $25';
/** A cold start after a fresh install is rare enough that three runs say enough; warm starts are cheaper. */
const COLD_RUNS = 3;
const WARM_RUNS = 3;

/** Stops `storybook dev` and what it started (it runs in a process group of its own). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/**
 * One start: `storybook dev` spawned, Chromium opening Storybook's own page (the manager) at the first
 * story, until that story's button is visible in the preview. `cold` deletes Storybook's caches first
 * (the pre-bundled dependencies and the docgen cache), as after `npm install`.
 */
async function startToFirstStory(root: string, cold: boolean): Promise<number> {
  if (cold) rmSync(join(root, 'node_modules/.cache/storybook'), { recursive: true, force: true });
  const port = await freePort();
  const browser = await chromium.launch(await chromiumLaunchOptions());
  const started = performance.now();
  let output = '';
  const child = spawn(
    process.execPath,
    [
      'node_modules/storybook/dist/bin/dispatcher.js',
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--ci',
    ],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    },
  );
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  try {
    const page = await browser.newPage();
    const url = `http://127.0.0.1:${port}/?path=/story/${FIRST_STORY}`;
    for (let tries = 0; ; tries++) {
      const reached = await page.goto(url, { waitUntil: 'commit', timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (reached) break;
      if (child.exitCode !== null || tries > 300) throw new Error(`storybook dev did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page
      .frameLocator('#storybook-preview-iframe')
      .getByRole('button', { name: FIRST_BUTTON })
      .waitFor({ timeout: 120_000 });
    return performance.now() - started;
  } finally {
    await browser.close();
    await stop(child);
  }
}

/**
 * Row (f): how long a contributor waits from `npm run storybook` to the first story on screen, after a
 * fresh install (cold: no Storybook caches) and on a later start (warm).
 *
 * @example
 * ```ts
 * rows.push(...(await storybookStartRows(packageRoot())));
 * ```
 */
export async function storybookStartRows(root: string): Promise<BenchRow[]> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) cold.push(await startToFirstStory(root, true));
  for (let run = 0; run < WARM_RUNS; run++) warm.push(await startToFirstStory(root, false));
  const method =
    '`storybook dev --ci` spawned → headless Chromium opens Storybook at Components/CheckoutButton/Idle → its button visible in the preview; ' +
    `cold: node_modules/.cache/storybook deleted first (as after npm install), median of ${COLD_RUNS}; warm: caches kept, median of ${WARM_RUNS}`;
  const coldMs = median(cold);
  // Reported, not judged: most of it is Storybook's own start (its CLI, the manager, the pre-bundling).
  return [
    {
      item: 'f',
      measure: '`npm run storybook` → the first story on screen, cold (after a fresh install)',
      method,
      result: `${(coldMs / 1000).toFixed(1)} s (runs: ${cold.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s)`,
      target: '',
    },
    {
      item: 'f',
      measure: 'the same, warm (a later start)',
      method,
      result: `${(median(warm) / 1000).toFixed(1)} s (runs: ${warm.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s)`,
      target: '',
    },
  ];
}
