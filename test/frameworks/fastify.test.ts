import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { expectFormPostPaid, expectJsonPurchasePaid } from './buy-over-http';
import { EXAMPLES_DIR } from './examples-dir';
import { npmScript } from './npm-script';
import { type AppServer, startAppServer } from './start-app-server';
import { exampleEnv, startInstalledStandIn } from './start-installed-stand-in';

let standIn: Awaited<ReturnType<typeof startInstalledStandIn>>;
let app: AppServer;

beforeAll(async () => {
  standIn = await startInstalledStandIn();
  app = await startAppServer({
    command: () => npmScript('start'),
    cwd: join(EXAMPLES_DIR, 'fastify'),
    env: exampleEnv(standIn),
  });
});

afterAll(async () => {
  await app?.stop();
  await standIn?.close();
});

describe('examples/fastify: the route in a Fastify 5 plugin of its own', () => {
  it('buys over HTTP: POST → the hosted page → Pay → GET says succeeded', async () => {
    onTestFailed(() => console.error(`the Fastify server printed:\n${app.output()}`));
    await expectJsonPurchasePaid({ app, standIn });
  });

  it("takes the server-rendered button's form post: 303 to the hosted page, paid, succeeded", async () => {
    await expectFormPostPaid({ app, standIn });
  });

  it("refuses what the route refuses, in the route's own words (Fastify's parser never saw the body)", async () => {
    const route = `${app.url}/api/checkout-sessions`;
    const headers = { origin: app.url, 'content-type': 'application/json', cookie: 'shopper=shopper_demo' };
    const broken = await fetch(route, { method: 'POST', headers, body: '{"checkoutSession":' });
    expect({ status: broken.status, body: await broken.json() }).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_json' } },
    });
    const huge = await fetch(route, {
      method: 'POST',
      headers,
      body: JSON.stringify({ pad: 'x'.repeat(20_000) }),
    });
    expect({ status: huge.status, body: await huge.json() }).toMatchObject({
      status: 413,
      body: { error: { code: 'payload_too_large' } },
    });
  });

  it("leaves Fastify's JSON parser to the shop's other routes", async () => {
    const saved = await fetch(`${app.url}/api/wishlist`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ priceSlug: 'tshirt' }),
    });
    expect(await saved.json()).toEqual({ saved: { priceSlug: 'tshirt' } });
  });
});
