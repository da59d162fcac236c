/**
 * Calls an integrator's callback so that nothing it throws gets in the checkout's way: the error is
 * reported (`reportError`, as an uncaught error would be, else `console.error`) and the caller goes on.
 */
export function callSafely<T>(callback: ((value: T) => void) | undefined, value: T): void {
  try {
    callback?.(value);
  } catch (error) {
    (globalThis.reportError ?? console.error)(error);
  }
}
