/**
 * How much of Flowglad's answers the route reads and passes on: at most 1 MiB read from any answer,
 * at most 20 field issues relayed, each message cut to 500 characters.
 *
 * @example
 * ```ts
 * issues.slice(0, RELAY_LIMITS.issues);
 * ```
 */
export const RELAY_LIMITS = {
  answerBytes: 1024 * 1024,
  issues: 20,
  messageLength: 500,
} as const;
