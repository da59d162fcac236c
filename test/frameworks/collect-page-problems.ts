import type { Page } from 'playwright-core';

/**
 * Everything a page complains about while a test drives it — uncaught errors, console errors and
 * warnings — so a purchase that "works" with a red console still fails. The browser's own request for
 * `/favicon.ico` (no example has one) is not a problem.
 *
 * @example
 * ```ts
 * const problems = collectPageProblems(page);
 * // … drive the page …
 * expect(problems).toEqual([]);
 * ```
 */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const where = message.location().url;
    if (!['error', 'warning'].includes(message.type()) || where.endsWith('/favicon.ico')) return;
    problems.push(`${message.type()}: ${message.text()} (${where})`);
  });
  return problems;
}
