// The part of jsdom's API the consumer test uses (jsdom ships no types, and @types/jsdom is not installed).
declare module 'jsdom' {
  /** A browser-like window and document, isolated from Node's globals. */
  export class JSDOM {
    constructor(html: string, options?: { url?: string; runScripts?: 'outside-only' | 'dangerously' });
    /** The window; `eval` runs a script inside it (with `runScripts: 'outside-only'`). */
    readonly window: Window & typeof globalThis & { eval(code: string): unknown };
  }
}
