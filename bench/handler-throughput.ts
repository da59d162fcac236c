import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import { BENCH_CUSTOMER, BENCH_PRICE_ID } from './bench-customer';
import { type BenchRow, formatInt, formatMs } from './bench-row';
import type { ChildMessage } from './child-message';
import { median, quantile } from './stats';

const CONNECTIONS = 10;
/** Each target is loaded in two blocks, in the order proxy, handler, handler, proxy (ABBA), so a drift in the machine's load weighs on both alike. */
const BLOCK_SECONDS = 5;
const WARMUP_SECONDS = 2;
type Target = 'proxy' | 'handler';
const ORDER: Target[] = ['proxy', 'handler', 'handler', 'proxy'];

/** Everything measured for one target, summed over its blocks. */
interface LoadTotals {
  seconds: number;
  answered: number;
  failures: number;
  /** autocannon's per-response times of 2xx answers, in ms (its histogram rounds to whole ms). */
  latencies: number[];
  /** CPU time of the server-under-load and the stand-in processes, in µs. */
  serverCpu: number;
  standInCpu: number;
  upstreamCalls: number;
}

const child = (script: string, env: NodeJS.ProcessEnv = {}): ChildProcess =>
  fork(new URL(script, import.meta.url), { env: { ...process.env, ...env }, stdio: 'inherit' });

async function next<K extends ChildMessage['kind']>(from: ChildProcess, kind: K) {
  for (;;) {
    const [message] = (await once(from, 'message')) as [ChildMessage];
    if (message.kind === kind) return message as Extract<ChildMessage, { kind: K }>;
  }
}

async function ask<K extends 'cpu' | 'counts'>(from: ChildProcess, kind: K) {
  from.send(kind);
  return next(from, kind);
}

/** Stand-in latency for the added-latency blocks: what a real Flowglad round trip costs, give or take. */
const LATENCY_MS = 100;
const LATENCY_BLOCK_SECONDS = 4;

interface Request {
  url: string;
  body: string;
  headers: Record<string, string>;
}

function load({ url, body, headers }: Request, duration: number, latencies: number[] = []) {
  return new Promise<{ answered: number; failures: number; seconds: number }>((resolve, reject) => {
    const options = { url, method: 'POST', headers, body, connections: CONNECTIONS, duration };
    autocannon(options, (error, result) =>
      error
        ? reject(error)
        : resolve({
            answered: result['2xx'],
            failures: result.non2xx + result.errors,
            seconds: result.duration,
          }),
    ).on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) latencies.push(responseTime);
    });
  });
}

/** What the browser sends to the app's route (same-origin JSON, no customer), and what a pass-through must forward. */
function requests(handlerUrl: string, proxyUrl: string): Record<Target, Request> {
  const session = (origin: string) => ({
    type: 'product',
    priceId: BENCH_PRICE_ID,
    quantity: 1,
    successUrl: `${origin}/thanks`,
    cancelUrl: `${origin}/cart`,
  });
  return {
    handler: {
      url: `${handlerUrl}/api/checkout-sessions`,
      body: JSON.stringify({ checkoutSession: session(handlerUrl) }),
      headers: { 'content-type': 'application/json', origin: handlerUrl, 'sec-fetch-site': 'same-origin' },
    },
    // A pass-through cannot decide who pays, so its body already holds Flowglad's full input.
    proxy: {
      url: `${proxyUrl}/api/checkout-sessions`,
      body: JSON.stringify({
        checkoutSession: { ...session(proxyUrl), customerExternalId: BENCH_CUSTOMER.externalId },
      }),
      headers: { 'content-type': 'application/json' },
    },
  };
}

const empty = (): LoadTotals => ({
  seconds: 0,
  answered: 0,
  failures: 0,
  latencies: [],
  serverCpu: 0,
  standInCpu: 0,
  upstreamCalls: 0,
});

/** Loads each target in ABBA blocks of `seconds`, summing what each block measured. */
async function measure(
  targets: Record<Target, Request>,
  standIn: ChildProcess,
  servers: ChildProcess,
  seconds: number,
): Promise<Record<Target, LoadTotals>> {
  const totals: Record<Target, LoadTotals> = { proxy: empty(), handler: empty() };
  for (const name of ORDER) {
    const sum = totals[name];
    await ask(standIn, 'counts');
    const [server0, standIn0] = [(await ask(servers, 'cpu')).micros, (await ask(standIn, 'cpu')).micros];
    const run = await load(targets[name], seconds, sum.latencies);
    sum.serverCpu += (await ask(servers, 'cpu')).micros - server0;
    sum.standInCpu += (await ask(standIn, 'cpu')).micros - standIn0;
    sum.upstreamCalls += Object.values((await ask(standIn, 'counts')).counts).reduce((a, b) => a + b, 0);
    sum.seconds += run.seconds;
    sum.answered += run.answered;
    sum.failures += run.failures;
  }
  return totals;
}

/**
 * Row (d), what the route costs over forwarding: the handler against a bare pass-through proxy, in
 * front of the same stand-in, in one run — throughput with the stand-in answering at once, then the
 * latency the route adds with the stand-in answering in 100 ms (as a real Flowglad round trip would).
 */
export async function throughputRows(): Promise<BenchRow[]> {
  const standInProcess = child('./stand-in-process.mjs');
  const children = [standInProcess];
  try {
    const standIn = await next(standInProcess, 'stand-in');
    const servers = child('./throughput-servers.mjs', {
      STAND_IN_URL: standIn.url,
      STAND_IN_KEY: standIn.apiKey,
    });
    children.push(servers);
    const { handlerUrl, proxyUrl } = await next(servers, 'servers');
    const targets = requests(handlerUrl, proxyUrl);
    // Warm-up: JIT and keep-alive pools.
    for (const target of Object.values(targets)) await load(target, WARMUP_SECONDS);
    const throughput = await measure(targets, standInProcess, servers, BLOCK_SECONDS);
    standInProcess.send(`latency:${LATENCY_MS}`);
    await next(standInProcess, 'latency');
    const latency = await measure(targets, standInProcess, servers, LATENCY_BLOCK_SECONDS);
    return [...rows(throughput), latencyRow(latency)];
  } finally {
    for (const process of children) if (process.connected) process.disconnect();
  }
}

function latencyRow(totals: Record<Target, LoadTotals>): BenchRow {
  const at = (q: number) => (t: LoadTotals) => quantile(t.latencies, q);
  const added = (q: number) => at(q)(totals.handler) - at(q)(totals.proxy);
  const figure = (q: number, name: string) =>
    `${name} +${formatMs(added(q))} (route ${formatMs(at(q)(totals.handler))}, bare proxy ${formatMs(at(q)(totals.proxy))})`;
  const failures = totals.handler.failures + totals.proxy.failures;
  return {
    item: 'd',
    measure: `route's added latency over a bare pass-through proxy, stand-in answering in ${LATENCY_MS} ms`,
    method:
      `autocannon, ${CONNECTIONS} connections, ${(2 * LATENCY_BLOCK_SECONDS).toString()} s per target in ${LATENCY_BLOCK_SECONDS} s ` +
      'blocks ordered proxy, handler, handler, proxy; per-answer times (hrtime) of 2xx answers; a returning customer (1 upstream call each)',
    result: `${figure(0.5, 'p50')}; ${figure(0.99, 'p99')}; ${formatInt(totals.handler.answered)} + ${formatInt(totals.proxy.answered)} answers${failures ? `; ${failures} FAILED` : ''}`,
    target: '',
  };
}

function rows(totals: Record<Target, LoadTotals>): BenchRow[] {
  const perSecond = (t: LoadTotals) => t.answered / t.seconds;
  const method =
    `autocannon, ${CONNECTIONS} connections, loopback, ${(2 * BLOCK_SECONDS).toString()} s per target in ${BLOCK_SECONDS} s ` +
    `blocks ordered proxy, handler, handler, proxy (after ${WARMUP_SECONDS} s warm-up each); server under load, ` +
    'stand-in and load generator each in their own process; CPU from process.cpuUsage()';
  const line = (t: LoadTotals, who: string) =>
    `${formatInt(perSecond(t))} req/s, p50 ${formatMs(median(t.latencies))}, p99 ${formatMs(quantile(t.latencies, 0.99))}; ` +
    `CPU per answer: ${who} ${formatInt(t.serverCpu / t.answered)} µs (its process busy ` +
    `${((t.serverCpu / 1e6 / t.seconds) * 100).toFixed(0)}% of a core), stand-in ${formatInt(t.standInCpu / t.answered)} µs; ` +
    `${(t.upstreamCalls / t.answered).toFixed(3)} upstream calls per answer${t.failures ? `; ${t.failures} FAILED` : ''}`;
  const ratio = perSecond(totals.handler) / perSecond(totals.proxy);
  return [
    {
      item: 'd',
      measure: 'throughput: bare pass-through proxy → stand-in (baseline)',
      method,
      result: line(totals.proxy, 'proxy'),
      target: '',
    },
    {
      item: 'd',
      measure: 'throughput: createCheckoutSessionHandler via toNodeHandler → stand-in, returning customer',
      method,
      result: `${(ratio * 100).toFixed(1)}% of the bare proxy's req/s — ${line(totals.handler, 'handler')}`,
      target: '',
    },
  ];
}
