import { useEffect, useState } from 'react';
import { DEMO_CATALOG } from './catalog';
import type { SessionStatus } from './create-session-status-handler';
import { lastCheckoutSession } from './last-checkout-session';

type Loaded =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'failed' }
  | { state: 'ok'; session: SessionStatus };

/**
 * Where the hosted checkout returns: `/success` after Pay, `/cancel` after Cancel. Shows this tab's
 * last checkout session as Flowglad has it now (read through the demo server's status route).
 *
 * @example
 * ```tsx
 * <CheckoutResultPage outcome="success" />
 * ```
 */
export function CheckoutResultPage({ outcome }: { outcome: 'success' | 'cancel' }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    const id = lastCheckoutSession.id();
    if (!id) return setLoaded({ state: 'none' });
    const controller = new AbortController();
    fetch(`/api/checkout-sessions/${encodeURIComponent(id)}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const { checkoutSession } = (await response.json()) as { checkoutSession: SessionStatus };
        setLoaded({ state: 'ok', session: checkoutSession });
      })
      .catch(() => controller.signal.aborted || setLoaded({ state: 'failed' }));
    return () => controller.abort();
  }, []);

  const product = (id: string | null) =>
    DEMO_CATALOG.find((item) => id?.endsWith(item.slug.replace(/-/g, '_')))?.name ?? id ?? 'your order';
  return (
    <main>
      <h1>{outcome === 'success' ? 'Thank you for your order' : 'Checkout cancelled'}</h1>
      {loaded.state === 'loading' && <p aria-live="polite">Looking up your checkout…</p>}
      {loaded.state === 'none' && <p>There is no checkout in this tab yet.</p>}
      {loaded.state === 'failed' && (
        <p role="alert">Could not look up your checkout. Refresh to try again.</p>
      )}
      {loaded.state === 'ok' && (
        <dl className="session" aria-label="Checkout session">
          <dt>Session</dt>
          <dd>
            <code>{loaded.session.id}</code>
          </dd>
          <dt>Status</dt>
          <dd data-testid="session-status">{loaded.session.status}</dd>
          <dt>Item</dt>
          <dd>
            {loaded.session.quantity ?? 1} × {product(loaded.session.priceId)}
          </dd>
        </dl>
      )}
      {outcome === 'cancel' && loaded.state === 'ok' && loaded.session.status === 'open' && (
        <p>Nothing was charged. The checkout stays open for 24 hours if you change your mind.</p>
      )}
      <p>
        <a href="/">Back to the store</a>
      </p>
    </main>
  );
}
