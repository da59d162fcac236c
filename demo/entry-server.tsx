import { renderToString } from 'react-dom/server';
import { DemoApp, type DemoPageState } from './demo-app';

/**
 * A page of the demo store as HTML, on the server: the tree `main.tsx` hydrates. Its buttons are
 * forms, so they work before the page's script has run (or with JavaScript off).
 *
 * @example
 * ```ts
 * const { renderDemoPage } = await server.ssrLoadModule('/entry-server.tsx');
 * renderDemoPage({ page: 'store', shopper: null });
 * ```
 */
export function renderDemoPage(state: DemoPageState): string {
  return renderToString(<DemoApp state={state} />);
}
