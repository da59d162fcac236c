import { isObject } from '../core/is-object';
import { FINAL_SESSIONS } from './defaults';

/** Statuses a checkout session never leaves. */
const FINAL_STATUSES: readonly unknown[] = ['succeeded', 'failed', 'expired'];

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
      if (!isObject(session) || session.id !== id || !FINAL_STATUSES.includes(session.status)) return;
      kept.delete(id);
      kept.set(id, { answer, at: Date.now() });
      if (kept.size > FINAL_SESSIONS.max) kept.delete(kept.keys().next().value as string);
    },
  };
}
