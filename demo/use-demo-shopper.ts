import { useState } from 'react';
import useSWR from 'swr';

/** The signed-in shopper as the page may know them (no id: the server keeps that). */
export interface DemoShopperView {
  name: string;
  email: string;
  /** The catalogue's plans (slugs) they subscribe to now. */
  plans: string[];
}

const ROUTE = '/api/demo-session';

async function call(method: 'GET' | 'POST' | 'DELETE'): Promise<DemoShopperView | null> {
  const response = await fetch(ROUTE, { method });
  if (!response.ok) throw new Error(`${method} ${ROUTE} answered ${response.status}`);
  return ((await response.json()) as { shopper: DemoShopperView | null }).shopper;
}

/**
 * Who is signed in to the demo store (`undefined` while loading, `null` for a guest), and the demo's
 * sign-in and sign-out. Every component using it shares one answer (SWR), so the header and the
 * product cards agree.
 *
 * @example
 * ```tsx
 * const { shopper, signIn, signOut, busy } = useDemoShopper();
 * ```
 */
export function useDemoShopper() {
  const { data: shopper, mutate } = useSWR(ROUTE, () => call('GET'), { revalidateOnFocus: false });
  const [busy, setBusy] = useState(false);
  const change = (method: 'POST' | 'DELETE') => async () => {
    setBusy(true);
    try {
      await mutate(call(method), { revalidate: false });
    } catch {
      await mutate(); // the change failed: show what the server says now
    } finally {
      setBusy(false);
    }
  };
  return { shopper, busy, signIn: change('POST'), signOut: change('DELETE') };
}
