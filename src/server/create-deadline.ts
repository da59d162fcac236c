/**
 * One deadline for everything a checkout waits on after its body is read — the app's callbacks and
 * every call to Flowglad, headers and body alike: `signal` aborts when `timeoutMs` have passed
 * (`timedOut()` is then true) or when the shopper goes away (`request.signal`). `dispose()` stops the
 * timer once the answer is ready.
 *
 * @example
 * ```ts
 * const deadline = createDeadline(10_000, request.signal);
 * try { await client.checkoutSessions.create(body, { signal: deadline.signal }) } finally { deadline.dispose() }
 * ```
 */
export interface Deadline {
  readonly signal: AbortSignal;
  timedOut(): boolean;
  dispose(): void;
}

/**
 * Starts a {@link Deadline}.
 *
 * @example
 * ```ts
 * const deadline = createDeadline(config.timeoutMs, request.signal);
 * ```
 */
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
