/** One deadline for all a checkout waits on once its body is read; it also aborts when the shopper leaves. */
export interface Deadline {
  readonly signal: AbortSignal;
  timedOut(): boolean;
  dispose(): void;
}

export function createDeadline(timeoutMs: number, shopper?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No answer within timeoutMs (${timeoutMs} ms).`, 'TimeoutError'));
  }, timeoutMs);
  const leave = () => controller.abort(shopper?.reason);
  if (shopper?.aborted) leave();
  else shopper?.addEventListener('abort', leave, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      shopper?.removeEventListener('abort', leave);
    },
  };
}

/** For code that takes no signal (the app's callbacks): it cannot hold the answer past the deadline. */
export function raceDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}
