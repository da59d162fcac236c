import { waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SWRConfig } from 'swr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, CheckoutProvider } from '../../src/index';
import { okBody, ROUTE, server, serveWithMsw } from '../msw-server';

serveWithMsw();

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

describe('StrictMode in development', () => {
  // A real app renders outside act(): effects run on React's own schedule, as in a browser.
  beforeEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });

  it('a click before the effects have run (StrictMode mounts them twice) still checks out', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const navigate = vi.fn<(url: string) => void>();
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const shown = new Promise<HTMLButtonElement>((resolve) => {
      const observer = new MutationObserver(() => {
        const button = container.querySelector('button');
        if (button) {
          observer.disconnect();
          resolve(button);
        }
      });
      observer.observe(container, { childList: true, subtree: true });
    });
    root.render(
      <StrictMode>
        <SWRConfig value={{ provider: () => new Map() }}>
          <CheckoutProvider navigate={navigate}>
            <CheckoutButton priceId="price_1">Buy</CheckoutButton>
          </CheckoutProvider>
        </SWRConfig>
      </StrictMode>,
    );
    // The DOM is there (a microtask after the commit), the passive effects are not yet.
    (await shown).click();
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(okBody().url));
    expect(container.querySelector('button')).toHaveAttribute('data-state', 'redirecting');
    root.unmount();
    container.remove();
  });
});
