import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../test/browser/chromium-launch-options';
import { type BenchRow, formatInt, formatMs } from './bench-row';
import { type HydrationStoreServer, startHydrationStore } from './hydration-server';
import { median, quantile } from './stats';

/** Every Flowglad call the route makes waits this long at the stand-in, as in row (e). */
const FLOWGLAD_MS = 100;
/** Runs of each kind, interleaved. */
const RUNS = 15;
/** A mid-range phone, as Lighthouse's mobile profile emulates one: 4× slower CPU, "Slow 4G". */
const CPU_SLOWDOWN = 4;
const NETWORK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** A press as the page saw it (its clock; `performance.timeOrigin`-based, ms since the epoch). */
interface Press {
  at: number;
  /** The page's first paint, as an epoch time; `NaN` if it had not painted yet. */
  firstPaint: number;
  /** Whether React had hydrated the page when the press came. */
  hydrated: boolean;
}

interface Run {
  /** First paint → the moment a press works: 0 for the form; the hydration for the JSON-only path. */
  firstPaintToWorking: number;
  /** The press → Flowglad's page painted. */
  pressToHostedPaint: number;
  press: Press;
}

const METHOD =
  `headless Chromium emulating a mid-range phone (CPU ${CPU_SLOWDOWN}× slower, ${NETWORK.latency} ms RTT, ` +
  `${NETWORK.downloadThroughput / 125_000} Mbps down, ${NETWORK.uploadThroughput / 125_000} Mbps up: Lighthouse's mobile profile); ` +
  `a store page of 12 products rendered on the server (React's renderToString, the built library), its script ` +
  `(React production build + the built library, minified) sent gzipped; the real route in front of the built stand-in ` +
  `(each Flowglad call ${FLOWGLAD_MS} ms); a fresh browser context per run; ${RUNS} runs of each kind, interleaved`;

/** A fresh, throttled tab that reports its presses: the time, the first paint, whether hydrated. */
async function openThrottled(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
  // The browser says when the page first painted content, without asking the page's busy main thread.
  await cdp.send('Page.enable');
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  let painted = () => {};
  const firstContentfulPaint = new Promise<void>((resolve) => {
    painted = resolve;
  });
  cdp.on('Page.lifecycleEvent', ({ name }) => name === 'firstContentfulPaint' && painted());
  const presses: Press[] = [];
  await page.exposeFunction('reportPress', (press: Press) => presses.push(press));
  await page.addInitScript(() => {
    addEventListener(
      'click',
      (event) => {
        const paint = performance.getEntriesByName('first-paint')[0];
        (window as unknown as { reportPress: (press: unknown) => void }).reportPress({
          at: performance.timeOrigin + event.timeStamp,
          firstPaint: paint ? performance.timeOrigin + paint.startTime : Number.NaN,
          hydrated: 'hydrated' in document.documentElement.dataset,
        });
      },
      { capture: true },
    );
  });
  return { context, page, presses, firstContentfulPaint };
}

/** Where `#buy` is on the page (the same in every run: one layout, one viewport). */
type Point = { x: number; y: number };

/** Presses `#buy` (a real mouse click at `at`) and waits for Flowglad's page to paint: the press and the time to that paint. */
async function pressThrough(
  { page, presses }: Pick<Awaited<ReturnType<typeof openThrottled>>, 'page' | 'presses'>,
  at: Point,
  store: HydrationStoreServer,
) {
  await page.mouse.click(at.x, at.y);
  await page.waitForURL(`${store.standIn.url}/checkout/**`, { waitUntil: 'commit', timeout: 30_000 });
  const painted = await page.waitForFunction(() => {
    const paint = performance.getEntriesByName('first-paint')[0];
    return paint ? performance.timeOrigin + paint.startTime : undefined;
  });
  const press = presses[0];
  if (!press || presses.length !== 1) throw new Error(`expected one press, saw ${presses.length}`);
  return { press, pressToHostedPaint: ((await painted.jsonValue()) as number) - press.at };
}

/** Before hydration: the button is pressed as soon as the page has painted; the form post must reach Flowglad. */
async function pressAtFirstPaint(browser: Browser, store: HydrationStoreServer, at: Point): Promise<Run> {
  const tab = await openThrottled(browser);
  const { context, page, firstContentfulPaint } = tab;
  try {
    await page.goto(store.origin, { waitUntil: 'commit' });
    await firstContentfulPaint;
    const { press, pressToHostedPaint } = await pressThrough(tab, at, store);
    return { press, pressToHostedPaint, firstPaintToWorking: 0 };
  } finally {
    await context.close();
  }
}

/** Once hydrated: the first moment a button without its form (the JSON call only) would work, then a click. */
async function pressOnceHydrated(browser: Browser, store: HydrationStoreServer, at?: Point): Promise<Run> {
  const tab = await openThrottled(browser);
  const { context, page } = tab;
  try {
    await page.goto(store.origin);
    const times = await page.waitForFunction(() => {
      const paint = performance.getEntriesByName('first-paint')[0];
      const hydrated = performance.getEntriesByName('hydrated')[0];
      return paint && hydrated ? hydrated.startTime - paint.startTime : undefined;
    });
    const firstPaintToWorking = (await times.jsonValue()) as number;
    const box = await page.locator('#buy').boundingBox();
    if (!box) throw new Error('the store rendered no #buy');
    const { press, pressToHostedPaint } = await pressThrough(
      tab,
      at ?? { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      store,
    );
    return { press, pressToHostedPaint, firstPaintToWorking };
  } finally {
    await context.close();
  }
}

/** The centre of `#buy`, read once from a loaded page. */
async function buttonCentre(browser: Browser, store: HydrationStoreServer): Promise<Point> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(store.origin);
    const box = await page.locator('#buy').boundingBox();
    if (!box) throw new Error('the store rendered no #buy');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  } finally {
    await context.close();
  }
}

const summary = (values: number[]) =>
  `median ${formatMs(median(values))}, p95 ${formatMs(quantile(values, 0.95))}`;

/**
 * Row (g): on a server-rendered store and a phone's CPU and network, how long after the first paint a
 * press on the button works — before hydration (the button's form posts; issue 20) against once hydrated
 * (the JSON call: before issue 20, the only path) — and how long each press takes to Flowglad's page.
 */
export async function pressBeforeHydrationRows(): Promise<BenchRow[]> {
  const store = await startHydrationStore(FLOWGLAD_MS);
  const browser = await chromium.launch(await chromiumLaunchOptions());
  try {
    const at = await buttonCentre(browser, store);
    await pressOnceHydrated(browser, store, at); // warm-up: the stand-in and the route's first call
    const early: Run[] = [];
    const late: Run[] = [];
    for (let run = 0; run < RUNS; run++) {
      early.push(await pressAtFirstPaint(browser, store, at));
      late.push(await pressOnceHydrated(browser, store, at));
    }
    const beforeHydration = early.filter(({ press }) => !press.hydrated).length;
    // A press can land before the page has recorded its paint entry: it is counted, not timed.
    const afterPaint = early.map(({ press }) => press.at - press.firstPaint).filter(Number.isFinite);
    const unrecorded = early.length - afterPaint.length;
    const hydration = late.map(({ firstPaintToWorking }) => firstPaintToWorking);
    const script = `${formatInt(store.scriptBytes.gzip)} B gzipped (${formatInt(store.scriptBytes.raw)} B)`;
    return [
      {
        item: 'g',
        measure:
          'first paint → a press that works, server-rendered store on a phone: before hydration (the form post) vs once hydrated (the JSON call, the only path before issue 20)',
        method: `${METHOD}; the page script is ${script}. Before hydration: a real mouse click on the button as soon as the browser reports the first contentful paint (CDP lifecycle event); once hydrated: first paint → React's hydration effect`,
        result:
          `before hydration: 0 ms — the first paint's button works: ${early.length}/${early.length} presses reached Flowglad's page ` +
          `(${beforeHydration} of them before hydration, pressed ${summary(afterPaint)} after the first paint` +
          `${unrecorded ? `, ${unrecorded} before the page had recorded it` : ''}); ` +
          `once hydrated: ${summary(hydration)} after the first paint`,
        target: 'a press at first paint reaches Flowglad',
        pass: beforeHydration === early.length,
      },
      {
        item: 'g',
        measure:
          "press → Flowglad's page painted, the same phone: form post before hydration vs JSON call once hydrated",
        method: `${METHOD}; press (click event) → the hosted page's first-paint entry`,
        result: `form post (303): ${summary(early.map(({ pressToHostedPaint }) => pressToHostedPaint))}; JSON call: ${summary(late.map(({ pressToHostedPaint }) => pressToHostedPaint))}`,
        target: '',
      },
    ];
  } finally {
    await browser.close();
    await store.close();
  }
}
