import { raceDeadline } from './race-deadline';

interface Flight {
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
  const flights = new Map<string, Flight>();
  let clock = 0;

  const prune = (now: number) => {
    for (const [id, flight] of flights) {
      if (flight.settledAt !== undefined && now - flight.settledAt > windowMs) flights.delete(id);
    }
  };

  const start = (externalId: string, create: (signal: AbortSignal) => Promise<unknown>): Flight => {
    const controller = new AbortController();
    const flight: Flight = { controller, waiters: 0, done: Promise.resolve() };
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

  const wait = (flight: Flight, waiter: AbortSignal): Promise<void> => {
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
