import { raceDeadline } from './race-deadline';

interface Flight<T> {
  done: Promise<T>;
  controller: AbortController;
  /** Requests still waiting; when the last one leaves, the work is aborted. */
  waiters: number;
}

/**
 * Concurrent requests for the same `key` share one call upstream: each waits on it under its own
 * signal, and the call is aborted only when every one of them has left. A key is free again as soon as
 * its call settles or is aborted (nothing is cached here).
 */
export function createSingleFlight<T>() {
  const flights = new Map<string, Flight<T>>();

  const join = (key: string, flight: Flight<T>, waiter: AbortSignal): Promise<T> => {
    flight.waiters += 1;
    const leave = () => {
      flight.waiters -= 1;
      if (flight.waiters > 0) return;
      flight.controller.abort(waiter.reason);
      if (flights.get(key) === flight) flights.delete(key);
    };
    waiter.addEventListener('abort', leave, { once: true });
    return raceDeadline(flight.done, waiter).finally(() => waiter.removeEventListener('abort', leave));
  };

  return {
    /** `work`'s result for `key`: a call already in flight for it, else a new one. */
    run(key: string, waiter: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
      if (waiter.aborted) return Promise.reject(waiter.reason);
      let flight = flights.get(key);
      if (!flight) {
        const controller = new AbortController();
        const started: Flight<T> = { controller, waiters: 0, done: Promise.resolve(undefined as T) };
        started.done = work(controller.signal).finally(() => {
          if (flights.get(key) === started) flights.delete(key);
        });
        // Each waiter handles the failure; a call nobody awaits any more must not crash the process.
        started.done.catch(() => {});
        flights.set(key, started);
        flight = started;
      }
      return join(key, flight, waiter);
    },
    /** Whether a call for `key` is in flight (one more request would share it). */
    has: (key: string) => flights.has(key),
  };
}
