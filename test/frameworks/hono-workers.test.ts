import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { freePort } from '../package/free-port';
import { expectFormPostPaid, expectJsonPurchasePaid } from './buy-over-http';
import { EXAMPLES_DIR } from './examples-dir';
import { npmScript } from './npm-script';
import { runExampleScript } from './run-example-script';
import { type AppServer, startAppServer } from './start-app-server';
import { startInstalledStandIn } from './start-installed-stand-in';

const APP = join(EXAMPLES_DIR, 'hono-workers');

let standIn: Awaited<ReturnType<typeof startInstalledStandIn>>;
let app: AppServer;
let home: string;

beforeAll(async () => {
  standIn = await startInstalledStandIn();
  const inspectorPort = await freePort();
  home = mkdtempSync(join(tmpdir(), 'rfc-wrangler-'));
  // `npm run dev` (wrangler dev): the Worker bundled by wrangler and run by workerd, Cloudflare's
  // runtime, on this machine, with Node 22 for wrangler.
  app = await startAppServer({
    command: (port) =>
      npmScript(
        'dev',
        [
          '--ip',
          '127.0.0.1',
          '--port',
          String(port),
          '--inspector-port',
          String(inspectorPort),
          '--show-interactive-dev-session=false',
          '--var',
          `FLOWGLAD_SECRET_KEY:${standIn.apiKey}`,
          '--var',
          `FLOWGLAD_BASE_URL:${standIn.url}`,
          '--var',
          `SHOP_ORIGIN:http://127.0.0.1:${port}`,
        ],
        { node22: true },
      ),
    cwd: APP,
    // Nothing of this machine's: no process.env reaches a Worker, only the --var bindings above.
    env: () => ({ WRANGLER_SEND_METRICS: 'false', XDG_CONFIG_HOME: home, CI: '1' }),
    readyPath: '/api/checkout-sessions',
  });
});

afterAll(async () => {
  await app?.stop();
  await standIn?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('examples/hono-workers: Hono on workerd, the handler built from the Worker’s env', () => {
  it('buys over HTTP: POST → the hosted page → Pay → GET says succeeded', async () => {
    onTestFailed(() => console.error(`wrangler dev printed:\n${app.output()}`));
    const purchase = await expectJsonPurchasePaid({ app, standIn });

    // The thanks page, rendered in the Worker with handler.getCheckoutSession: paid in its first HTML.
    const thanks = await fetch(`${app.url}/thanks`, { headers: { cookie: purchase.cookieHeader } });
    const page = await thanks.text();
    expect(page).toContain('data-status="succeeded"');
    expect(page).toContain('Paid — thank you!');
    expect(page).toContain(`Order ${purchase.created.body.checkoutSession?.id}`);
  });

  it("takes the server-rendered button's form post: 303 to the hosted page, paid, succeeded", async () => {
    await expectFormPostPaid({ app, standIn });
  });

  it("type-checks against Cloudflare's Workers types", async () => {
    await runExampleScript(APP, 'typecheck', { node22: true });
  });

  it('says "no recent checkout" to a browser without the cookie', async () => {
    const thanks = await fetch(`${app.url}/thanks`, { headers: { cookie: 'shopper=shopper_demo' } });
    expect(await thanks.text()).toContain('data-status="none"');
  });
});
