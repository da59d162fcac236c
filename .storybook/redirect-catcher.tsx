import { type ReactNode, useState } from 'react';
import { CheckoutProvider } from '../src/index';

/**
 * Wraps every story in a {@link CheckoutProvider} whose `navigate` records the hosted checkout URL
 * instead of leaving the page, and shows it under the story. Preconnect is off: Storybook stays on
 * the machine it runs on.
 *
 * @example
 * ```tsx
 * decorators: [(Story) => <RedirectCatcher><Story /></RedirectCatcher>]
 * ```
 */
export function RedirectCatcher({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<string>();
  return (
    <CheckoutProvider navigate={setTarget} preconnect={false}>
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
