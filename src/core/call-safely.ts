/** An integrator's callback never gets in the checkout's way: what it throws is reported, not rethrown. */
export function callSafely<T>(callback: ((value: T) => void) | undefined, value: T): void {
  try {
    callback?.(value);
  } catch (error) {
    (globalThis.reportError ?? console.error)(error);
  }
}
