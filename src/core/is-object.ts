/** A JSON object: not `null`, not an array. For values read from a request or an answer. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
