import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run dev` itself (demo/dev.mjs: esbuild bundles the dev server, then Vite starts it), as a
// developer runs it: what it prints, and a guest checkout through the route it serves.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
let child: ChildProcess | undefined;
let output = '';

afterAll(async () => {
  if (child?.exitCode === null && child.pid) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
});

/** Starts `node demo/dev.mjs` in its own process group and resolves with the store URL it prints. */
async function startDevCommand(): Promise<string> {
  child = spawn(process.execPath, ['demo/dev.mjs'], {
    env: { ...process.env, FLOWGLAD_SECRET_KEY: '', FLOWGLAD_APP_ORIGINS: '', NODE_ENV: 'development' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const read = (chunk: Buffer) => {
    output += chunk.toString().replace(ANSI, '');
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  const deadline = Date.now() + 30_000;
  while (!/Flowglad: .*\n/.test(output)) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm run dev printed no URL within 30 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const local = /Local:\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
  if (!local) throw new Error(`no Local URL in:\n${output}`);
  return local;
}

describe('npm run dev', () => {
  it('prints the store URL and which Flowglad it uses, serves a guest checkout and its confirmation, and warns about nothing', async () => {
    const url = await startDevCommand();
    expect(output).toContain('➜  Flowglad: embedded Flowglad stand-in at http://127.0.0.1:');

    const page = await fetch(url);
    expect(page.status).toBe(200);
    // Rendered on the server: the buttons are there, as forms posting to the route, before any script runs.
    expect(await page.text()).toMatch(
      /<form data-checkout-form="" style="display:contents" action="\/api\/checkout-sessions" method="post">/,
    );
    const created = await fetch(`${url}/api/checkout-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({
        checkoutSession: {
          type: 'product',
          priceSlug: 'tshirt',
          quantity: 1,
          successUrl: `${url}/success`,
          cancelUrl: `${url}/`,
        },
      }),
    });
    expect(created.status).toBe(200);
    const cookie = created.headers.get('set-cookie')?.split(';')[0] ?? '';
    const confirmed = await fetch(`${url}/api/checkout-sessions`, { headers: { cookie } });
    expect(await confirmed.json()).toMatchObject({ checkoutSession: { status: 'open', type: 'product' } });

    await new Promise((resolve) => setTimeout(resolve, 300)); // anything printed late
    // Vite's URLs, the Flowglad line, and at most Vite's own dependency-optimizer notes: nothing else.
    const printed = output.split('\n').filter((line) => line.trim() !== '');
    expect(printed.filter((line) => !/^ {2}➜ {2}|\[vite\] .*optimiz/i.test(line))).toEqual([]);
  });
});
