import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium';
import { type RunningStorybook, startStorybook } from './start-storybook';
import { ARTIFACTS } from './with-storefront';

// `npm run storybook` as a newcomer meets it: Storybook's dev server, driven by Chromium.
let storybook: RunningStorybook | undefined;
let browser: Browser | undefined;
// Storybook compiles what a page needs on its first visit: on a busy 2-core machine that takes a while.
const WAIT = { timeout: 60_000 };

beforeAll(async () => {
  [storybook, browser] = await Promise.all([startStorybook(), launchChromium()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await storybook?.stop();
});

async function open(path: string): Promise<Page> {
  if (!storybook || !browser) throw new Error('Storybook did not start');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${storybook.url}${path}`);
  return page;
}

/** The CheckoutButton stories and the state each one shows once played: what its docs page must show. */
const BUTTON_STORIES = [
  { id: 'idle', state: 'idle' },
  { id: 'creating', state: 'creating' },
  { id: 'redirecting', state: 'redirecting' },
  { id: 'custom-busy-label', state: 'creating' },
  { id: 'press-released-outside', state: 'idle' },
  { id: 'network-error', state: 'error', alert: 'Could not reach checkout' },
  { id: 'timeout', state: 'error', alert: 'took too long' },
  { id: 'field-issues', state: 'error', alert: 'not valid' },
  { id: 'signed-out', state: 'error', alert: 'sign in' },
  { id: 'checkout-rejected', state: 'error', alert: 'cannot be bought' },
  { id: 'server-error', state: 'error', alert: 'Something went wrong' },
  { id: 'html-error-page', state: 'error', alert: 'unavailable' },
  { id: 'unsafe-redirect', state: 'error', alert: 'unavailable' },
  { id: 'navigation-failed', state: 'error', alert: 'unavailable' },
];

describe('npm run storybook, in Chromium', { timeout: 120_000 }, () => {
  it('the CheckoutButton docs page shows each story in its state: busy, redirecting, each error', async () => {
    const page = await open('/iframe.html?id=components-checkoutbutton--docs&viewMode=docs');
    try {
      for (const { id, state, alert } of BUTTON_STORIES) {
        const block = page.locator(`#story--components-checkoutbutton--${id}`);
        await expect
          .poll(() => block.locator('[data-state]').first().getAttribute('data-state'), WAIT)
          .toBe(state);
        if (alert) expect(await block.getByRole('alert').textContent()).toContain(alert);
      }
      await page.screenshot({ path: `${ARTIFACTS}storybook-checkout-button-docs.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });

  it('the props table reads the TSDoc: every prop described, defaults from @defaultValue, no raw {@link}', async () => {
    const page = await open('/iframe.html?id=components-checkoutbutton--docs&viewMode=docs');
    try {
      const table = page.locator('table.docblock-argstable');
      await table.waitFor(WAIT);
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs
            .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
            .filter((cells) => cells.length >= 3),
        );
      const byName = new Map(
        rows.map(([name = '', description = '', byDefault = '']) => [
          name.replace(/\*$/, ''),
          { description, byDefault },
        ]),
      );
      expect(byName.get('priceId')?.description).toMatch(/price to buy, by its id/);
      expect(byName.get('priceSlug')?.description).toMatch(/price to buy, by its slug/);
      expect(byName.get('quantity')?.byDefault).toBe('1');
      expect(byName.get('endpoint')?.byDefault).toBe("'/api/checkout-sessions'");
      expect(byName.get('timeoutMs')?.byDefault).toBe('15000');
      expect(byName.get('errorMessage')?.byDefault).toBe('defaultErrorMessage');
      const undescribed = rows.filter(([, description = '']) => description.replace(/^\s*-\s*$/, '') === '');
      expect(undescribed.map(([name]) => name)).toEqual([]);
      expect(await page.locator('#storybook-docs').textContent()).not.toContain('{@link');
    } finally {
      await page.close();
    }
  });

  it("shows no onboarding checklist of Storybook's own, in the sidebar or the menu", async () => {
    const page = await open('/?path=/docs/components-checkoutbutton--docs');
    try {
      // The page is up: the docs page shows its props table (the checklist, when on, shows before).
      await page.frameLocator('#storybook-preview-iframe').locator('table.docblock-argstable').waitFor(WAIT);
      await page.getByRole('button', { name: 'Run tests', exact: true }).waitFor(WAIT);
      expect(await page.locator('#storybook-checklist-widget').count()).toBe(0);
      await page.getByRole('switch', { name: 'Settings' }).click();
      await page.getByText('About your Storybook').waitFor(WAIT);
      expect(await page.getByText('Onboarding guide').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('names every story in one style: sentence case, code names as written', async () => {
    if (!storybook) throw new Error('Storybook did not start');
    const index = (await (await fetch(`${storybook.url}/index.json`)).json()) as {
      entries: Record<string, { type: string; name: string; title: string }>;
    };
    const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    expect(stories.length).toBeGreaterThan(40);
    // A word after the first may be lower case, an acronym (HTML, UI) or code (data-state), never Title Case.
    const titleCased = stories.filter(({ name }) =>
      name
        .split(/\s+/)
        .slice(1)
        .some((word) => /^[A-Z][a-z]/.test(word)),
    );
    expect(titleCased.map(({ title, name }) => `${title} → ${name}`)).toEqual([]);
    const lowerFirst = stories.filter(({ name }) => /^[a-z]/.test(name) && !name.startsWith('asChild'));
    expect(lowerFirst.map(({ title, name }) => `${title} → ${name}`)).toEqual([]);
  });
});
