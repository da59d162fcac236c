import { isObject } from '../core/is-object';

/** Statuses a checkout session never leaves. */
const FINAL_STATUSES: readonly unknown[] = ['succeeded', 'failed', 'expired'];
/** Enough for the thanks pages of a busy shop; the oldest goes first. */
const MAX_SESSIONS = 1_000;
/** Flowglad deletes unfinished sessions after 14 days: a cached `failed` must not outlive that by much. */
const KEEP_MS = 10 * 60 * 1000;

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
      if (Date.now() - entry.at <= KEEP_MS) return entry.answer;
      kept.delete(id);
      return undefined;
    },
    /** Keeps `answer` when its session is in a final status. */
    keep(id: string, answer: unknown): void {
      const session = isObject(answer) ? answer.checkoutSession : undefined;
      if (!isObject(session) || session.id !== id || !FINAL_STATUSES.includes(session.status)) return;
      kept.delete(id);
      kept.set(id, { answer, at: Date.now() });
      if (kept.size > MAX_SESSIONS) kept.delete(kept.keys().next().value as string);
    },
  };
}
