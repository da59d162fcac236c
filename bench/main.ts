/**
 * `npm run bench`: measures the checkout button and route and prints one table, each row with its
 * method and target, then writes it to bench/results.md with the machine it was taken on.
 * `npm run bench -- d` (any of a–f) runs only those rows and prints them, leaving results.md alone.
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
import { pressBeforeHydrationRows } from './press-before-hydration';
import { sessionsPerCheckoutRows } from './sessions-per-checkout';
import { storybookStartRows } from './storybook-start';
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
- **(d)** What a shopper waits for. The route creates the session first, so a returning customer costs
  one Flowglad call on any server instance (it keeps no customer cache); a new one costs three (session
  refused as customer missing, customer created, session created), and concurrent first checkouts of
  one customer share one customer create. The latency row is the route's own cost as a shopper feels
  it, over a bare pass-through proxy in front of the same stand-in answering in 100 ms; the throughput
  rows are reported without a target (the former ≥ 80 % target is retired). The server under load has
  a process (an event loop) of its own, so neither the load generator nor the stand-in runs on it;
  with 2 cores those three processes share the machine, identically for both targets. Blocks in the
  order proxy, handler, handler, proxy weigh a drifting machine load on both alike.
- **(e)** The whole wait, as a shopper feels it: from the click (the mouse button's release) to the
  first paint of the hosted checkout page, through the real route and a stand-in answering each
  Flowglad call in 100 ms. With \`startOn: 'pointerdown'\` the request leaves at the press, so the
  press's 100 ms overlap the route's work. A fresh browser context per run means no warm connection:
  preconnect (on hover) then has something to save. The last row counts the sessions Flowglad makes
  per completed checkout when a fifth of the presses are released off the button: an abandoned press
  whose request was already answered leaves an open session behind, which Flowglad expires.
- **(f)** What a contributor waits for after \`npm run storybook\`: from spawning \`storybook dev\` to the
  first story's button in the preview, as Storybook's own page (the manager) opens it. Cold deletes
  Storybook's caches first (its pre-bundled dependencies), as after \`npm install\`. Most of it is
  Storybook's own start; what the project adds is the props tables' TypeScript program, kept to the
  components (\`src/react\`), and the Vite config Storybook loads (its own, not the library build's).
- **(g)** A phone paints a server-rendered store well before React has hydrated it: the script (here
  80 KB gzipped, React and the library) must arrive, run and hydrate. A button that only works once
  hydrated — the JSON call, the button's only path before it rendered as a form — ignores every press
  until then: the "once hydrated" figure is that wait, from the first paint to React's hydration effect.
  The server-rendered button is a form, so a press in that window posts it and the route answers with a
  redirect to Flowglad's page: the bench presses at the first contentful paint (as the browser reports
  it, without asking the page's busy main thread) and counts the presses that reached Flowglad's page,
  and how many came before hydration. The second row compares what each press then waits for: the form
  post's 303 navigation, and the JSON call followed by \`location.assign\`.
- **(h)** Flowglad has no idempotency key: every create is a new open session in the merchant's
  dashboard. Each script runs on the demo store (\`npm run dev\`'s route, the library's handler) twice:
  \`reuseOpenSessions: false\`, which is the route before it reused sessions, and \`true\` (the default).
  A checkout counts as completed when the browser is on Flowglad's page. A double click was already one
  session (the button ignores clicks while busy). Back then buy, and a retry after an answer that lost
  its body (its cookie had arrived), get the open session back. A press released off the button is
  aborted: when Flowglad answered within the press, its cookie arrived and the guest's next press gets
  the same session; when the answer was still on its way (the reference row, Flowglad slower than the
  press), the session Flowglad made never reaches the browser and stays unused, as does one whose
  shopper never comes back (row e: every abandoned press counts as a session without a checkout).
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
const only = process.argv.slice(2).join('');
const wanted = (item: string) => !only || only.includes(item);
const rows: BenchRow[] = [];
let chromium = 'not run';
if (wanted('a')) rows.push(...(await section('bundle sizes', bundleRows)));
if (wanted('b') || wanted('c')) {
  const clicks = await section('clicks in Chromium', clickRows);
  rows.push(...clicks.rows);
  chromium = clicks.chromium;
}
if (wanted('d')) {
  rows.push(...(await section('upstream round trips', roundTripRows)));
  rows.push(...(await section('route throughput and added latency', throughputRows)));
}
if (wanted('e')) rows.push(...(await section('click → hosted page first paint', firstPaintRows)));
if (wanted('f'))
  rows.push(...(await section('Storybook start → first story', () => storybookStartRows(root))));
if (wanted('g')) rows.push(...(await section('first paint → a press that works', pressBeforeHydrationRows)));
if (wanted('h')) rows.push(...(await section('sessions per checkout', sessionsPerCheckoutRows)));

const table = formatBenchTable(rows);
const machine = machineInfo(chromium, loadAtStart);
process.stdout.write(`\n${table}\n\n${machine}\n`);
if (only) process.exit(0);
writeFileSync(
  join(root, 'bench/results.md'),
  `# Benchmark results\n\nTaken with \`npm run bench\` on:\n\n${machine}\n\n${table}\n\n${NOTES}`,
);
process.stderr.write('bench: wrote bench/results.md\n');
