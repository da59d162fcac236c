/**
 * Calls shared across concurrent requests of one process: one read per session at a time, one customer
 * create per shopper, and sessions in a final status kept a while.
 */
import { isObject } from '../core/is-object';
import { SESSION_STATUSES, type SessionStatus } from '../core/types';
import { raceDeadline } from './deadline';
import { FINAL_SESSIONS } from './defaults';

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

interface CustomerFlight {
  done: Promise<void>;
  controller: AbortController;
  /** Checkouts still waiting on this create; when the last one leaves, the create is aborted. */
  waiters: number;
  /** The ticket taken when the create finished; `undefined` while it runs. */
  settled?: number;
  settledAt?: number;
}

/**
 * Concurrent first checkouts of one shopper share one customer create. A checkout's `ticket()`, taken
 * before it asked for its session, tells whether a create finished since (skip it) or not (a customer
 * archived since: create again). Nothing is kept past `windowMs`.
 */
export function createCustomerFlights(windowMs: number) {
  const flights = new Map<string, CustomerFlight>();
  let clock = 0;

  const prune = (now: number) => {
    for (const [id, flight] of flights) {
      if (flight.settledAt !== undefined && now - flight.settledAt > windowMs) flights.delete(id);
    }
  };

  const start = (externalId: string, create: (signal: AbortSignal) => Promise<unknown>): CustomerFlight => {
    const controller = new AbortController();
    const flight: CustomerFlight = { controller, waiters: 0, done: Promise.resolve() };
    flight.done = create(controller.signal).then(
      () => {
        flight.settled = ++clock;
        flight.settledAt = Date.now();
      },
      (error: unknown) => {
        if (flights.get(externalId) === flight) flights.delete(externalId);
        throw error;
      },
    );
    flight.done.catch(() => {}); // each waiter handles the failure; a flight nobody awaits any more must not crash the process
    flights.set(externalId, flight);
    return flight;
  };

  const wait = (flight: CustomerFlight, waiter: AbortSignal): Promise<void> => {
    if (flight.settled !== undefined) return Promise.resolve();
    flight.waiters += 1;
    const leave = () => {
      flight.waiters -= 1;
      if (flight.waiters === 0 && flight.settled === undefined) flight.controller.abort(waiter.reason);
    };
    waiter.addEventListener('abort', leave, { once: true });
    return raceDeadline(flight.done, waiter).finally(() => waiter.removeEventListener('abort', leave));
  };

  return {
    ticket: () => ++clock,
    ensure(
      externalId: string,
      ticket: number,
      waiter: AbortSignal,
      create: (signal: AbortSignal) => Promise<unknown>,
    ): Promise<void> {
      prune(Date.now());
      const current = flights.get(externalId);
      const reusable = current && (current.settled === undefined || current.settled > ticket);
      return wait(reusable ? current : start(externalId, create), waiter);
    },
  };
}

const isFinalStatus = (status: unknown) =>
  Object.hasOwn(SESSION_STATUSES, status as string) && SESSION_STATUSES[status as SessionStatus];

/**
 * Flowglad's answers for sessions in a final status, kept a while per process so that a thanks page
 * polled or reloaded many times costs Flowglad nothing more. Only ids a valid cookie named get here.
 */
export function createFinalSessions() {
  const kept = new Map<string, { answer: unknown; at: number }>();
  return {
    get(id: string): unknown {
      const entry = kept.get(id);
      if (!entry) return undefined;
      if (Date.now() - entry.at <= FINAL_SESSIONS.keepMs) return entry.answer;
      kept.delete(id);
      return undefined;
    },
    /** Keeps `answer` when its session is in a final status. */
    keep(id: string, answer: unknown): void {
      const session = isObject(answer) ? answer.checkoutSession : undefined;
      if (!isObject(session) || session.id !== id || !isFinalStatus(session.status)) return;
      kept.delete(id);
      kept.set(id, { answer, at: Date.now() });
      if (kept.size > FINAL_SESSIONS.max) kept.delete(kept.keys().next().value as string);
    },
  };
}
