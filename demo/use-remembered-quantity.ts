import { useEffect, useState } from 'react';

/** Where the page keeps its quantities: its own history entry (`history.state`). */
type PageState = { quantities?: Record<string, number> } | null;

const read = (): PageState => (window.history.state as PageState) ?? null;

const kept = (key: string, max: number) => {
  const quantity = read()?.quantities?.[key];
  return Number.isInteger(quantity) && (quantity as number) >= 1 && (quantity as number) <= max
    ? (quantity as number)
    : undefined;
};

/**
 * A product's chosen quantity, kept in the page's history entry as well as in React state, so that
 * Back from the hosted checkout shows the page as the shopper left it even when the browser loads it
 * afresh instead of restoring it from the back/forward cache (under `npm run dev`, Vite's live-reload
 * socket keeps every page out of that cache). A new visit starts at 1. The server renders 1 (it cannot
 * see the history entry): the kept quantity comes once hydrated, so hydration matches the HTML.
 *
 * @example
 * ```tsx
 * const [quantity, setQuantity] = useRememberedQuantity('mug', 10);
 * ```
 */
export function useRememberedQuantity(key: string, max: number): [number, (quantity: number) => void] {
  const [quantity, setQuantity] = useState(1);
  useEffect(() => {
    const quantity = kept(key, max);
    if (quantity !== undefined) setQuantity(quantity);
  }, [key, max]);
  const remember = (next: number) => {
    setQuantity(next);
    const state = read();
    window.history.replaceState({ ...state, quantities: { ...state?.quantities, [key]: next } }, '');
  };
  return [quantity, remember];
}
