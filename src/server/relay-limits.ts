export const RELAY_LIMITS = {
  answerBytes: 1024 * 1024,
  issues: 20,
  messageLength: 500,
} as const;
