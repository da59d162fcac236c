import type { ReactNode } from 'react';
import { SiteHeader } from './site-header';

/**
 * Every page of the demo store: the header, the page's own content in `<main>`, and a footer saying
 * what this is.
 *
 * @example
 * ```tsx
 * <PageShell><h1>Thank you</h1></PageShell>
 * ```
 */
export function PageShell({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main>{children}</main>
      <footer className="site-footer">
        A demo of <code>react-flowglad-checkout</code>: the buttons, the checkout route and the thanks page
        are the library's.
      </footer>
    </>
  );
}
