import { type ReactNode, useState } from 'react';
import { CheckoutProvider } from '../src/index';

interface RedirectCatcherProps {
  /** The story's own mocked checkout route. */
  endpoint: string;
  /** Settles once that route is mocked: requests wait for it. */
  routeReady: Promise<unknown>;
  children: ReactNode;
}

/**
 * Wraps every story in a {@link CheckoutProvider} that calls the story's own mocked route (once it is
 * mocked) and whose `navigate` records the hosted checkout URL instead of leaving the page, shown under
 * the story. Preconnect is off: Storybook stays on the machine it runs on.
 */
export function RedirectCatcher({ endpoint, routeReady, children }: RedirectCatcherProps) {
  const [target, setTarget] = useState<string>();
  const [fetchWhenMocked] = useState(() => async (...request: Parameters<typeof fetch>) => {
    await routeReady;
    return fetch(...request);
  });
  return (
    <CheckoutProvider endpoint={endpoint} fetch={fetchWhenMocked} navigate={setTarget} preconnect={false}>
      {children}
      <p role="status" className="sb-redirect">
        {target && (
          <>
            Would go to <code>{target}</code> — Storybook stays here instead.
          </>
        )}
      </p>
    </CheckoutProvider>
  );
}
