/**
 * Waits for `work`, or rejects with the deadline's reason as soon as it aborts — for code that takes
 * no signal (the app's callbacks), so nothing it does can hold the answer past the deadline.
 *
 * @example
 * ```ts
 * const customer = await raceDeadline(Promise.resolve(getCustomer(request)), deadline.signal);
 * ```
 */
export function raceDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
