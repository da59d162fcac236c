import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { expectFormPostPaid, expectJsonPurchasePaid } from './buy-over-http';
import { EXAMPLES_DIR } from './examples-dir';
import { npmScript } from './npm-script';
import { type AppServer, startAppServer } from './start-app-server';
import { exampleEnv, startInstalledStandIn } from './start-installed-stand-in';

/** Both runtimes as the examples' workspace installs them from the npm registry (`bun`, `deno`); `npm start` runs them. */
const RUNTIMES = [
  { name: 'bun', server: 'Bun.serve' },
  { name: 'deno', server: 'Deno.serve' },
];

let standIn: Awaited<ReturnType<typeof startInstalledStandIn>>;

beforeAll(async () => {
  standIn = await startInstalledStandIn();
});

afterAll(async () => {
  await standIn?.close();
});

describe.each(RUNTIMES)('examples/$name: the handler served by $server', ({ name }) => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({
      command: () => npmScript('start'),
      cwd: join(EXAMPLES_DIR, name),
      readyPath: '/api/checkout-sessions',
      env: exampleEnv(standIn, { DENO_NO_UPDATE_CHECK: '1' }),
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('buys over HTTP: POST → the hosted page → Pay → GET says succeeded', async () => {
    onTestFailed(() => console.error(`${name} printed:\n${app.output()}`));
    standIn.reset();
    await expectJsonPurchasePaid({ app, standIn });
  });

  it("takes the server-rendered button's form post: 303 to the hosted page, paid, succeeded", async () => {
    await expectFormPostPaid({ app, standIn });
  });

  it('refuses a checkout from another site, and sends nothing to Flowglad', async () => {
    standIn.reset();
    const refused = await fetch(`${app.url}/api/checkout-sessions`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/json',
        cookie: 'shopper=shopper_demo',
      },
      body: JSON.stringify({ checkoutSession: { type: 'product', priceSlug: 'tshirt' } }),
    });
    expect({ status: refused.status, body: await refused.json() }).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden_origin' } },
    });
    expect(standIn.apiRequests()).toEqual([]);
  });
});
