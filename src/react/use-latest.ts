import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

// A layout effect runs before the browser can deliver a click; on the server neither runs.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** A ref holding the latest `value`, for callbacks that run later; written after render, never during it. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
