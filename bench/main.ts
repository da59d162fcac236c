/**
 * `npm run bench`: measures the checkout button and route (issue 5) and prints one table, each row
 * with its method and target, then writes it to bench/results.md with the machine it was taken on.
 * The `bench` script builds the library and compiles the bench with esbuild before running this file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchRow, formatBenchTable } from './bench-row';
import { bundleRows } from './bundle-size';
import { clickRows } from './click-overhead';
import { firstPaintRows } from './first-paint';
import { throughputRows } from './handler-throughput';
import { loadNow, machineInfo } from './machine-info';
import { packageRoot } from './package-root';
import { roundTripRows } from './upstream-round-trips';

const NOTES = `## How to read it

- **(a)** is guarded in CI by \`npm run test:size\` (size-limit on the same bundle, see
  bench/size-limit.config.js). size-limit prints 32 B less than this table: it deducts its estimate of
  an empty esbuild project, and its limits are the targets minus those 32 B.
- **(b)** The route is a local Node server that waits 0 or 50 ms (\`Server-Timing\` shows what it really
  waited). The round trip subtracted per click is timed in JavaScript: a \`fetch\` handed to
  \`CheckoutProvider\` (a public option) notes when it is called and when the answer is read whole, then
  hands the library an in-memory copy. What is left is the library's work — input check, the fetch
  call, reading and checking the answer, state updates, calling \`navigate\` — plus React's render of
  the busy state when it falls in that window. Subtracting the Resource Timing window
  (\`responseEnd − startTime\`) instead leaves also Chromium's hand-over of the answer from its network
  service to the page, which is several ms here (2 cores, shared) even for the hand-written reference
  button with no library: it is shown next to each figure, but it is not time the library spends.
- **(c)** counts \`<Profiler>\` commits, which needs react-dom's profiling build; (b) runs on the plain
  production build.
- **(d)** The server under load has a process (an event loop) of its own, so neither the load generator
  nor the stand-in runs on it; with 2 cores those three processes share the machine, identically for
  both targets. Blocks in the order proxy, handler, handler, proxy weigh a drifting machine load on both
  alike. The CPU per answer of each process shows what the handler costs over forwarding and which
  process limited the rate: where the stand-in saturates first, both rates converge. Both targets make
  one upstream call per answer (the handler's customer is cached after the warm-up; the row shows it).
- **(e)** A first checkout looks the customer up, creates it, then the session; the customer is then
  remembered (bounded LRU), so a repeat checkout is the session call alone.
`;

async function section<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  process.stderr.write(`bench: ${name}…`);
  const result = await run();
  process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

const root = packageRoot();
const loadAtStart = loadNow();
const rows: BenchRow[] = [];
rows.push(...(await section('bundle sizes', bundleRows)));
const clicks = await section('clicks in Chromium', clickRows);
rows.push(...clicks.rows);
rows.push(...(await section('handler throughput', throughputRows)));
rows.push(...(await section('upstream round trips', roundTripRows)));
rows.push(...(await section('click → hosted page first paint', firstPaintRows)));

const table = formatBenchTable(rows);
const machine = machineInfo(clicks.chromium, loadAtStart);
process.stdout.write(`\n${table}\n\n${machine}\n`);
writeFileSync(
  join(root, 'bench/results.md'),
  `# Benchmark results\n\nTaken with \`npm run bench\` on:\n\n${machine}\n\n${table}\n\n${NOTES}`,
);
process.stderr.write('bench: wrote bench/results.md\n');
