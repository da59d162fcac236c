/** Read defensively: edge runtimes may have no `process`. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

export const isProduction = () => readEnv('NODE_ENV') === 'production';
