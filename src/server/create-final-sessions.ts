import { isObject } from '../core/is-object';
import { SESSION_STATUSES, type SessionStatus } from '../core/types';
import { FINAL_SESSIONS } from './defaults';

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
