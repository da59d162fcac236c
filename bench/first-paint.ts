import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/browser/chromium-launch-options';
import { type BenchRow, formatMs } from './bench-row';
import { type FirstPaintStore, startFirstPaintStore } from './first-paint-server';
import { median, quantile } from './stats';

/** Every Flowglad call the route makes waits this long at the stand-in, as a real round trip would. */
const FLOWGLAD_MS = 100;
/** A mouse press: button down, this long, button up (the click fires on release). */
const PRESS_MS = 100;
/** The pointer rests on the button this long before the press (hover-time preconnect happens here). */
const HOVER_MS = 150;
const RUNS = 50;
const ABANDON_PRESSES = 50;
const ABANDON_EVERY = 5; // 20 % of presses are released outside the button

type StartOn = 'click' | 'pointerdown';
type Shopper = 'returning' | 'new';
interface Setting {
  startOn: StartOn;
  preconnect: 'on' | 'off';
  shopper: Shopper;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const METHOD =
  `headless Chromium, React production build + the built library; the real route (built handler under toNodeHandler) ` +
  `in front of the built Flowglad stand-in answering each call in ${FLOWGLAD_MS} ms, the stand-in serving the hosted page; ` +
  `a fresh browser context per run (no warm connection), pointer resting ${HOVER_MS} ms on the button, then a real mouse press of ${PRESS_MS} ms; ` +
  `click event (wall clock) → the hosted page's first-paint entry (performance.timeOrigin + startTime); ${RUNS} runs per setting, settings interleaved`;

let shopperCount = 0;
const shopperId = (shopper: Shopper) =>
  shopper === 'returning' ? 'bench_returning' : `bench_new_${++shopperCount}`;

/** Opens the store for one run, with the pointer resting on the button. */
async function openStore(browser: Browser, store: FirstPaintStore, setting: Setting) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let clickAt = Number.NaN;
  await page.exposeFunction('reportClick', (epochMs: number) => {
    if (Number.isNaN(clickAt)) clickAt = epochMs;
  });
  const query = new URLSearchParams({
    startOn: setting.startOn,
    preconnect: setting.preconnect,
    customer: shopperId(setting.shopper),
    checkoutOrigin: store.standIn.url,
  });
  await page.goto(`${store.origin}/?${query}`);
  const box = await page.locator('#buy').boundingBox();
  if (!box) throw new Error('the store rendered no button');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await sleep(HOVER_MS);
  return { context, page, clickAt: () => clickAt };
}

/** One checkout: press, release on the button, and the time from the click to the hosted page's first paint. */
async function clickToFirstPaint(
  browser: Browser,
  store: FirstPaintStore,
  setting: Setting,
): Promise<number> {
  const { context, page, clickAt } = await openStore(browser, store, setting);
  try {
    await page.mouse.down();
    await sleep(PRESS_MS);
    await page.mouse.up();
    await page.waitForURL(`${store.standIn.url}/checkout/**`, { waitUntil: 'commit', timeout: 10_000 });
    const firstPaint = await page.waitForFunction(() => {
      const paint = performance.getEntriesByName('first-paint')[0];
      return paint ? performance.timeOrigin + paint.startTime : undefined;
    });
    return ((await firstPaint.jsonValue()) as number) - clickAt();
  } finally {
    await context.close();
  }
}

/** A press released away from the button: no click, so no checkout (the request is aborted if in flight). */
async function abandonedPress(browser: Browser, store: FirstPaintStore): Promise<void> {
  const setting: Setting = { startOn: 'pointerdown', preconnect: 'on', shopper: 'returning' };
  const { context, page } = await openStore(browser, store, setting);
  try {
    await page.mouse.down();
    await sleep(PRESS_MS);
    const elsewhere = await page.locator('#elsewhere').boundingBox();
    await page.mouse.move((elsewhere?.x ?? 0) + 5, (elsewhere?.y ?? 0) + 5);
    await page.mouse.up();
    // Long enough for a request that was not aborted in time to reach Flowglad and come back.
    await sleep(4 * FLOWGLAD_MS);
  } finally {
    await context.close();
  }
}

const summary = (samples: number[]) =>
  `median ${formatMs(median(samples))}, p95 ${formatMs(quantile(samples, 0.95))}`;

/**
 * Row (e): what the shopper waits for, click → the hosted page's first paint, with `startOn` 'click'
 * and 'pointerdown' side by side, preconnect on and off, for a returning and a new customer; and the
 * sessions a 'pointerdown' button creates per completed checkout when a fifth of the presses are
 * released outside the button.
 */
export async function firstPaintRows(): Promise<BenchRow[]> {
  const store = await startFirstPaintStore(FLOWGLAD_MS);
  const browser = await chromium.launch(await chromiumLaunchOptions());
  try {
    const settings: Setting[] = [];
    for (const shopper of ['returning', 'new'] as const)
      for (const preconnect of ['on', 'off'] as const)
        for (const startOn of ['click', 'pointerdown'] as const)
          settings.push({ startOn, preconnect, shopper });
    // The returning shopper becomes a Flowglad customer once, before anything is measured.
    await clickToFirstPaint(browser, store, settings[0] as Setting);
    const samples = new Map<Setting, number[]>(settings.map((setting) => [setting, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const setting of settings)
        samples.get(setting)?.push(await clickToFirstPaint(browser, store, setting));
    }

    const rows: BenchRow[] = [];
    for (const shopper of ['returning', 'new'] as const) {
      for (const preconnect of ['on', 'off'] as const) {
        const of = (startOn: StartOn) =>
          samples.get(
            settings.find(
              (s) => s.shopper === shopper && s.preconnect === preconnect && s.startOn === startOn,
            ) as Setting,
          ) ?? [];
        const saved = median(of('click')) - median(of('pointerdown'));
        rows.push({
          item: 'e',
          measure: `click → hosted page first paint, ${shopper} customer, preconnect ${preconnect}`,
          method: METHOD,
          result: `'click': ${summary(of('click'))}; 'pointerdown': ${summary(of('pointerdown'))}; 'pointerdown' saves ${formatMs(saved)} (median)`,
          target: shopper === 'returning' ? "'pointerdown' ≥ 80 ms shorter (median)" : '',
          pass: shopper === 'returning' ? saved >= 80 : undefined,
        });
      }
    }

    const before = store.standIn.sessions.size;
    let completed = 0;
    for (let press = 0; press < ABANDON_PRESSES; press++) {
      if (press % ABANDON_EVERY === ABANDON_EVERY - 1) await abandonedPress(browser, store);
      else {
        await clickToFirstPaint(browser, store, {
          startOn: 'pointerdown',
          preconnect: 'on',
          shopper: 'returning',
        });
        completed++;
      }
    }
    const created = store.standIn.sessions.size - before;
    rows.push({
      item: 'e',
      measure:
        "Flowglad sessions per completed checkout, 'pointerdown', 20 % of presses released outside the button",
      method: `${ABANDON_PRESSES} presses of ${PRESS_MS} ms by a returning customer, every ${ABANDON_EVERY}th released outside the button; sessions counted at the stand-in`,
      result: `${(created / completed).toFixed(2)} (${created} sessions for ${completed} checkouts; 'click' makes 1.00 by construction)`,
      target: '',
    });
    return rows;
  } finally {
    await browser.close();
    await store.close();
  }
}
