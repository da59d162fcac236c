import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { vi } from 'vitest';
import { CheckoutProvider, type CheckoutProviderProps } from '../../src/index';

/**
 * Renders `ui` under a fresh SWR cache and a CheckoutProvider whose `navigate` is a spy, so no test
 * ever leaves the page or shares state with another.
 */
export function renderCheckout(ui: ReactElement, provider: Omit<CheckoutProviderProps, 'children'> = {}) {
  const navigate = vi.fn<(url: string) => void>();
  const wrap = (node: ReactElement) => (
    <SWRConfig value={{ provider: () => new Map() }}>
      <CheckoutProvider navigate={navigate} {...provider}>
        {node}
      </CheckoutProvider>
    </SWRConfig>
  );
  const view = render(wrap(ui));
  return { ...view, navigate, rerender: (next: ReactElement) => view.rerender(wrap(next)) };
}
