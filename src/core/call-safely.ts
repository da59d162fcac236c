/**
 * An integrator's callback never gets in the checkout's way: what it throws, or the promise it returns
 * rejects with, is reported (`reportError`, else `console.error`), never rethrown nor left unhandled.
 */
export function callSafely<T>(callback: ((value: T) => unknown) | undefined, value: T): void {
  const report = (error: unknown) => (globalThis.reportError ?? console.error)(error);
  try {
    Promise.resolve(callback?.(value)).catch(report);
  } catch (error) {
    report(error);
  }
}
