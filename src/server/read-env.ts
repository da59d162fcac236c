/**
 * One environment variable, trimmed (`undefined` when unset or blank), read defensively: edge runtimes
 * may have no `process`.
 *
 * @example
 * ```ts
 * const key = readEnv('FLOWGLAD_SECRET_KEY');
 * ```
 */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

/**
 * Whether this is a production run (`NODE_ENV === 'production'`).
 *
 * @example
 * ```ts
 * if (!isProduction()) console.error(error);
 * ```
 */
export const isProduction = () => readEnv('NODE_ENV') === 'production';
