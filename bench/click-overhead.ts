import { relative } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/browser/chromium-launch-options';
import { type BenchRow, formatMs } from './bench-row';
import type { ClickMode, ClickSample } from './browser/click-page';
import { bundleBenchPage } from './bundle-bench-page';
import { type ClickPageServer, startClickPageServer } from './click-page-server';
import { median, quantile } from './stats';

const LATENCIES = [0, 50] as const;
const CLICKS = 200;
const REFERENCE_CLICKS = 100;
const RENDER_CLICKS = 50;
const WARMUP = 20;

/** The caller's own time: click → navigate, minus the answer's round trip as JavaScript saw it. */
const overhead = (s: ClickSample) => s.navigateAt - s.clickAt - (s.answerInHandAt - s.fetchCalledAt);
/** The same, minus the round trip as the network stack saw it (the browser's delivery to JS counts here). */
const overheadToResponseEnd = (s: ClickSample) =>
  s.navigateAt - s.clickAt - (s.responseEnd - s.resourceStart);
const med = (samples: ClickSample[], of: (s: ClickSample) => number) => formatMs(median(samples.map(of)));

/** Clicks `warmup + count` times with real mouse input, a fresh mount each time; keeps the last `count`. */
async function clickRun(page: Page, mode: ClickMode, count: number, warmup = WARMUP): Promise<ClickSample[]> {
  const samples: ClickSample[] = [];
  await page.evaluate((m) => window.clickBench.arm(m), mode);
  const box = await page.locator('#buy').boundingBox();
  if (!box) throw new Error('the checkout button is not on screen');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  for (let i = 0; i < warmup + count; i++) {
    if (i > 0) await page.evaluate((m) => window.clickBench.arm(m), mode);
    await page.mouse.click(x, y);
    const sample = await page.evaluate(() => window.clickBench.result());
    if (i >= warmup) samples.push(sample);
  }
  return samples;
}

async function openPage(browser: Browser, server: ClickPageServer, script: string) {
  server.script = script;
  const page = await browser.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(server.origin);
  await page.waitForFunction(() => window.clickBench !== undefined);
  if (errors.length > 0) throw errors[0];
  if (!(await page.evaluate(() => window.clickBench.crossOriginIsolated))) {
    throw new Error('the click page is not cross-origin isolated: its timers would be coarse');
  }
  return page;
}

const METHOD =
  'headless Chromium, React production build + the built library bundled by esbuild; real mouse clicks ' +
  `(${WARMUP} warm-up dropped), a fresh mount each; per click (navigate − click event) − (answer in hand − ` +
  "fetch called), timed by a fetch given through the provider's `fetch` option that reads the answer whole; " +
  '5 µs timers (cross-origin isolated)';

function overheadRow(latencyMs: number, samples: ClickSample[]): BenchRow {
  const values = samples.map(overhead);
  const mid = median(values);
  return {
    item: 'b',
    measure: `click → navigate overhead, route answering at ${latencyMs} ms`,
    method: `${METHOD}; ${samples.length} clicks`,
    result:
      `median ${formatMs(mid)}, p95 ${formatMs(quantile(values, 0.95))} (medians: click → fetch ` +
      `${med(samples, (s) => s.fetchCalledAt - s.clickAt)}, answer → navigate ` +
      `${med(samples, (s) => s.navigateAt - s.answerInHandAt)}; click → navigate ${med(samples, (s) => s.navigateAt - s.clickAt)}, ` +
      `route ${med(samples, (s) => s.answerInHandAt - s.fetchCalledAt)} as JS saw it, ` +
      `Server-Timing ${med(samples, (s) => s.serverMs)}). Subtracting Resource Timing responseEnd − startTime ` +
      `instead: median ${med(samples, overheadToResponseEnd)}`,
    target: 'median ≤ 1 ms',
    pass: mid <= 1,
  };
}

function referenceRow(byLatency: [number, ClickSample[]][]): BenchRow {
  return {
    item: 'b',
    measure: 'reference: hand-written onClick → fetch → json → navigate, no library',
    method: `same page and method; ${byLatency.map(([, s]) => s.length).join(' + ')} clicks`,
    result: byLatency
      .map(
        ([latencyMs, samples]) =>
          `at ${latencyMs} ms: median ${med(samples, overhead)} (responseEnd − startTime subtracted ` +
          `instead: ${med(samples, overheadToResponseEnd)})`,
      )
      .join('; '),
    target: '',
  };
}

function rendersRow(samples: ClickSample[]): BenchRow {
  const toNavigate = samples.map((s) => s.rendersToNavigate);
  const toSettle = samples.map((s) => s.rendersToSettle);
  const spread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
  return {
    item: 'c',
    measure: 'renders of CheckoutButton per checkout, click → navigate',
    method:
      `<Profiler onRender> commits around CheckoutButton, the same page with react-dom/profiling, ` +
      `${samples.length} clicks (${RENDER_CLICKS} at each of ${LATENCIES.join(' and ')} ms)`,
    result: `${spread(toNavigate)} (median ${median(toNavigate)}); until "redirecting" is shown: ${spread(toSettle)}`,
    target: '≤ 2',
    pass: Math.max(...toNavigate) <= 2,
  };
}

/** Rows (b) and (c), measured in one headless Chromium; also returns its version. */
export async function clickRows(): Promise<{ rows: BenchRow[]; chromium: string }> {
  const production = await bundleBenchPage('click-page');
  const profiling = await bundleBenchPage('click-page', { profiling: true });
  const server = await startClickPageServer(production);
  const launchOptions = await chromiumLaunchOptions();
  const browser = await chromium.launch(launchOptions);
  try {
    const rows: BenchRow[] = [];
    const reference: [number, ClickSample[]][] = [];
    const page = await openPage(browser, server, production);
    for (const latencyMs of LATENCIES) {
      server.latencyMs = latencyMs;
      rows.push(overheadRow(latencyMs, await clickRun(page, 'library', CLICKS)));
      reference.push([latencyMs, await clickRun(page, 'bare', REFERENCE_CLICKS)]);
    }
    rows.push(referenceRow(reference));
    await page.close();
    const profiled = await openPage(browser, server, profiling);
    const renderSamples: ClickSample[] = [];
    for (const latencyMs of LATENCIES) {
      server.latencyMs = latencyMs;
      renderSamples.push(...(await clickRun(profiled, 'library', RENDER_CLICKS, 5)));
    }
    rows.push(rendersRow(renderSamples));
    // Relative inside the repository: results.md is committed and names no one's checkout folder.
    const path = launchOptions.executablePath ?? 'unknown';
    const where = path.startsWith(`${process.cwd()}/`) ? relative(process.cwd(), path) : path;
    return { rows, chromium: `${browser.version()} (${where}, headless)` };
  } finally {
    await browser.close();
    await server.close();
  }
}
