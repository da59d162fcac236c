/**
 * Child process: the two servers under load, side by side in one process (only one is loaded at a
 * time) — the BUILT `createCheckoutSessionHandler` via `toNodeHandler` on Node http, and a bare
 * pass-through proxy that forwards the body to the same stand-in with fetch and pipes its answer back.
 * Reads the stand-in from `STAND_IN_URL` / `STAND_IN_KEY`; replies `{ kind: 'servers', … }`, and to
 * `'cpu'` with the CPU time it has used so far.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as ServerEntry from '../src/server';
import { BENCH_CUSTOMER } from './bench-customer';
import { answerCpuRequests, sendToParent } from './child-message';
import { importBuilt } from './package-root';

const { STAND_IN_URL: baseUrl = '', STAND_IN_KEY: apiKey = '' } = process.env;
const { createCheckoutSessionHandler, toNodeHandler } = await importBuilt<typeof ServerEntry>('./server');

/** What a proxy with no rules does: add the key, forward the body, answer what Flowglad answered. */
const bareProxy: RequestListener = async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const upstream = await fetch(`${baseUrl}/api/v1/checkout-sessions`, {
      method: 'POST',
      headers: { authorization: apiKey, 'content-type': 'application/json' },
      body: Buffer.concat(chunks),
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(502).end();
  }
};

// The route's origin is known once it listens: the handler is made then, with that as its appOrigins.
let route: RequestListener = () => {};
const handler: RequestListener = (req, res) => route(req, res);

async function listen(listener: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const servers = [await listen(handler), await listen(bareProxy)] as const;
route = toNodeHandler(
  createCheckoutSessionHandler({
    apiKey,
    baseUrl,
    appOrigins: [servers[0].url],
    getCustomer: () => BENCH_CUSTOMER,
    // Identical concurrent POSTs of one shopper would share one create: measure the create path itself.
    reuseOpenSessions: false,
  }),
) as RequestListener;
process.on('disconnect', () => {
  for (const { server } of servers) server.close();
  process.exit(0);
});
answerCpuRequests();
sendToParent({ kind: 'servers', handlerUrl: servers[0].url, proxyUrl: servers[1].url });
