import { useState } from 'react';
import useSWR from 'swr';

/** The signed-in shopper as the page may know them (no id: the server keeps that). */
export interface DemoShopperView {
  name: string;
  email: string;
  /** The catalogue's plans (slugs) they subscribe to now. */
  plans: string[];
}

/** The demo's sign-in route, and the SWR key of its answer (the server-rendered page seeds it). */
export const DEMO_SESSION_ROUTE = '/api/demo-session';
const ROUTE = DEMO_SESSION_ROUTE;

async function call(method: 'GET' | 'POST' | 'DELETE'): Promise<DemoShopperView | null> {
  const response = await fetch(ROUTE, { method });
  if (!response.ok) throw new Error(`${method} ${ROUTE} answered ${response.status}`);
  return ((await response.json()) as { shopper: DemoShopperView | null }).shopper;
}

/**
 * Who is signed in to the demo store (`null` for a guest; `undefined` while loading, unless the
 * server-rendered page gave it), and the demo's sign-in and sign-out. Every component using it shares
 * one answer (SWR), so the header and the product cards agree.
 *
 * @example
 * ```tsx
 * const { shopper, signIn, signOut, busy } = useDemoShopper();
 * ```
 */
export function useDemoShopper() {
  // The server-rendered page gives the answer it just read: not asked again on mount.
  const { data: shopper, mutate } = useSWR(ROUTE, () => call('GET'), {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
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
