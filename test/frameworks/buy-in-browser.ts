import type { Page } from 'playwright-core';
import type * as Testing from '../../src/testing';

/** One purchase in a real page: where the shop is, which button buys, where the shopper lands. */
export interface BrowserPurchaseOptions {
  shop: string;
  standIn: Testing.FlowgladStandIn;
  /** The accessible name of the button (or link) that starts the checkout. */
  buy: string;
  /** @defaultValue `'/thanks'` */
  thanksPath?: string;
}

/**
 * From a store page already open in `page`: press the buy button → the stand-in's hosted page → Pay →
 * back on the shop's thanks page. Resolves to the HTML the server sent for that thanks page (what the
 * shopper sees on first paint, before any script runs).
 *
 * @example
 * ```ts
 * const { thanksHtml } = await buyInBrowser(page, { shop: app.url, standIn, buy: 'Buy the T-shirt' });
 * expect(thanksHtml).toContain('Paid');
 * ```
 */
export async function buyInBrowser(
  page: Page,
  options: BrowserPurchaseOptions,
): Promise<{ thanksHtml: string }> {
  const thanksUrl = options.shop + (options.thanksPath ?? '/thanks');
  await page.getByRole('button', { name: options.buy }).click();
  await page.waitForURL(`${options.standIn.url}/checkout/**`);
  await page.getByRole('heading', { name: 'Stand-in T-shirt' }).waitFor();
  const thanks = page.waitForResponse(
    (response) => response.url() === thanksUrl && response.request().isNavigationRequest(),
  );
  await page.getByRole('button', { name: 'Pay $25.00' }).click();
  const response = await thanks;
  await page.waitForURL(thanksUrl);
  return { thanksHtml: await response.text() };
}
