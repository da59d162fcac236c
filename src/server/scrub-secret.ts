const REDACTED = '[redacted]';

/** Were Flowglad ever to echo the secret key in what is relayed to the browser, it would stop here. */
export function scrubSecret<T>(value: T, secret: string): T {
  const text = JSON.stringify(value);
  if (text === undefined || !text.includes(secret)) return value;
  return JSON.parse(text.replaceAll(secret, REDACTED)) as T;
}

export const scrubText = (text: string, secret: string) => text.replaceAll(secret, REDACTED);
