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

/** Row (d): the handler against a bare pass-through proxy, in front of the same stand-in, in one run. */
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
    // Warm-up: JIT, keep-alive pools, and the handler's customer cache (so it makes one call per checkout).
    for (const target of Object.values(targets)) await load(target, WARMUP_SECONDS);
    const empty = (): LoadTotals => ({
      seconds: 0,
      answered: 0,
      failures: 0,
      latencies: [],
      serverCpu: 0,
      standInCpu: 0,
      upstreamCalls: 0,
    });
    const totals: Record<Target, LoadTotals> = { proxy: empty(), handler: empty() };
    for (const name of ORDER) {
      const sum = totals[name];
      await ask(standInProcess, 'counts');
      const [server0, standIn0] = [
        (await ask(servers, 'cpu')).micros,
        (await ask(standInProcess, 'cpu')).micros,
      ];
      const run = await load(targets[name], BLOCK_SECONDS, sum.latencies);
      sum.serverCpu += (await ask(servers, 'cpu')).micros - server0;
      sum.standInCpu += (await ask(standInProcess, 'cpu')).micros - standIn0;
      sum.upstreamCalls += Object.values((await ask(standInProcess, 'counts')).counts).reduce(
        (a, b) => a + b,
        0,
      );
      sum.seconds += run.seconds;
      sum.answered += run.answered;
      sum.failures += run.failures;
    }
    return rows(totals);
  } finally {
    for (const process of children) if (process.connected) process.disconnect();
  }
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
  const clean = totals.handler.failures === 0 && totals.proxy.failures === 0;
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
      measure: 'throughput: createCheckoutSessionHandler via toNodeHandler → stand-in, repeat customer',
      method,
      result: `${(ratio * 100).toFixed(1)}% of the bare proxy's req/s — ${line(totals.handler, 'handler')}`,
      target: '≥ 80% of the bare proxy',
      pass: clean && ratio >= 0.8,
    },
  ];
}
