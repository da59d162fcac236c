/**
 * Child process: the Flowglad stand-in (the BUILT `react-flowglad-checkout/testing`) that the
 * throughput and latency rows call upstream. It counts the API calls it receives by route and, to keep
 * memory flat under load, drops its request log and sessions every half second once counted.
 * Messages: `'counts'` → replies `{ kind: 'counts', counts }` and starts counting afresh; `'cpu'` → its
 * CPU time so far; `'latency:<ms>'` → answers every later request after that delay.
 */
import type * as Testing from '../src/testing';
import { BENCH_CUSTOMER } from './bench-customer';
import { answerCpuRequests, sendToParent } from './child-message';
import { importBuilt } from './package-root';

const { startFlowgladStandIn } = await importBuilt<typeof Testing>('./testing');
const standIn = await startFlowgladStandIn({ customers: [BENCH_CUSTOMER] });
let counts: Record<string, number> = {};

const tally = () => {
  for (const request of standIn.requests) {
    const route = `${request.method} ${request.path.replace(/\/api\/v1\/customers\/.+/, '/api/v1/customers/:id')}`;
    counts[route] = (counts[route] ?? 0) + 1;
  }
  standIn.requests.length = 0;
  standIn.sessions.clear();
};
setInterval(tally, 500).unref();

answerCpuRequests();
process.on('message', (message) => {
  if (typeof message === 'string' && message.startsWith('latency:')) {
    standIn.latencyMs = Number(message.slice('latency:'.length));
    sendToParent({ kind: 'latency', ms: standIn.latencyMs });
    return;
  }
  if (message !== 'counts') return;
  tally();
  sendToParent({ kind: 'counts', counts });
  counts = {};
});
process.on('disconnect', () => void standIn.close().then(() => process.exit(0)));
sendToParent({ kind: 'stand-in', url: standIn.url, apiKey: standIn.apiKey });
