import { Profiler, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
// Typed against the source; bench/bundle-bench-page.ts bundles the BUILT package in its place.
import { CheckoutButton, CheckoutProvider } from '../../src/index';

/** What one click measured, in the page's clock (`performance.now()`, milliseconds). */
export interface ClickSample {
  /** The click event reached the page (first capture listener on window). */
  clickAt: number;
  /** `fetch` was called for the route… */
  fetchCalledAt: number;
  /** …and its whole answer was in JavaScript's hands (headers and body read). */
  answerInHandAt: number;
  /** `navigate` was called. */
  navigateAt: number;
  /** Resource Timing of the POST: `startTime` and `responseEnd` (the browser read the last byte). */
  resourceStart: number;
  responseEnd: number;
  /** The route's own time, from its `Server-Timing: route;dur=…` header. */
  serverMs: number;
  /** `<Profiler>` commits of the button between the click and `navigate`… */
  rendersToNavigate: number;
  /** …and until the button shows `redirecting` (the library button only). */
  rendersToSettle: number;
}

/** `library`: the built CheckoutButton. `bare`: a hand-written fetch → json → navigate button, for reference. */
export type ClickMode = 'library' | 'bare';

/** The page's controls, driven by bench/click-overhead.ts through Playwright. */
export interface ClickBench {
  /** Mounts a fresh button (new key) and clears the counters; resolves once it is mounted. */
  arm(mode: ClickMode): Promise<void>;
  /** Waits for the armed click's `navigate` and returns its sample. */
  result(): Promise<ClickSample>;
  crossOriginIsolated: boolean;
}

declare global {
  interface Window {
    clickBench: ClickBench;
  }
}

const ROUTE = '/api/checkout-sessions';
const t = { clickAt: Number.NaN, fetchCalledAt: Number.NaN, answerInHandAt: Number.NaN };
let renders = 0;
let navigated: (at: number) => void = () => {};

const onClickCapture = () => {
  if (Number.isNaN(t.clickAt)) t.clickAt = performance.now();
};
addEventListener('click', onClickCapture, { capture: true });
const navigate = (_url: string) => navigated(performance.now());
const onRender = () => {
  renders++;
};

/**
 * The network, timed from JavaScript: the answer is read whole before it is handed over, so what the
 * caller does with it afterwards is its own work, not the browser's delivery of the bytes.
 */
const timedFetch: typeof fetch = async (input, init) => {
  t.fetchCalledAt = performance.now();
  const response = await fetch(input, init);
  const body = await response.arrayBuffer();
  const { status, statusText, headers } = response;
  t.answerInHandAt = performance.now();
  return new Response(body, { status, statusText, headers });
};

/** What a checkout button without this library boils down to. */
async function bareCheckout() {
  const response = await timedFetch(ROUTE, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ checkoutSession: { type: 'product', priceId: 'price_bench', quantity: 1 } }),
  });
  navigate((await response.json()).url);
}

/** A fresh provider and button per click (keyed by the caller), reporting when it is mounted. */
function Bench({ mode, onMounted }: { mode: ClickMode; onMounted: () => void }) {
  useEffect(() => onMounted(), [onMounted]);
  if (mode === 'bare') {
    return (
      <button id="buy" type="button" onClick={bareCheckout}>
        Buy
      </button>
    );
  }
  return (
    <CheckoutProvider
      endpoint={ROUTE}
      fetch={timedFetch}
      navigate={navigate}
      allowedRedirectOrigins={[location.origin]}
      // Hover-time preconnect happens before the click; pointed at this origin to stay offline.
      preconnect={location.origin}
    >
      <Profiler id="checkout-button" onRender={onRender}>
        <CheckoutButton id="buy" priceId="price_bench" successUrl="/thanks">
          Buy
        </CheckoutButton>
      </Profiler>
    </CheckoutProvider>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let tries = 0; tries < 2000; tries++) {
    const value = read();
    if (value !== undefined) return value;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

let generation = 0;
let armedMode: ClickMode = 'library';
let pending: Promise<number> = Promise.resolve(Number.NaN);

window.clickBench = {
  crossOriginIsolated,
  async arm(mode) {
    generation++;
    armedMode = mode;
    await new Promise<void>((mounted) =>
      root.render(<Bench key={generation} mode={mode} onMounted={mounted} />),
    );
    performance.clearResourceTimings();
    renders = 0;
    t.clickAt = t.fetchCalledAt = t.answerInHandAt = Number.NaN;
    pending = new Promise((resolve) => {
      navigated = resolve;
    });
  },
  async result() {
    const navigateAt = await pending;
    const rendersToNavigate = renders;
    if (armedMode === 'library') {
      await until(
        () => (document.getElementById('buy')?.dataset.state === 'redirecting' ? true : undefined),
        'the redirecting state',
      );
    }
    const rendersToSettle = renders;
    const entry = await until(
      () =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((timing) =>
          timing.name.endsWith(ROUTE),
        ),
      'the Resource Timing entry of the route',
    );
    return {
      ...t,
      navigateAt,
      resourceStart: entry.startTime,
      responseEnd: entry.responseEnd,
      serverMs: entry.serverTiming.find((timing) => timing.name === 'route')?.duration ?? Number.NaN,
      rendersToNavigate,
      rendersToSettle,
    };
  },
};
