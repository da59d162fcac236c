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
