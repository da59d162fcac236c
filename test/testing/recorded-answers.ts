import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One recorded exchange with Flowglad's server (see test/fixtures/flowglad-recorded/README.md). */
export interface RecordedScenario {
  scenario: string;
  request: { method: string; path: string; authorization?: string; body?: unknown };
  response: {
    status: number;
    contentType?: string;
    body?: unknown;
    /** Hosted pages (06) only. */
    location?: string | null;
    title?: string;
    excerpt?: string;
  };
}

const FIXTURES = resolve(import.meta.dirname, '../fixtures/flowglad-recorded');

/** Files 01–06 in recording order (07 is the library route's own, recorded apart). */
export function loadRecordings(): { file: string; scenarios: RecordedScenario[] }[] {
  return readdirSync(FIXTURES)
    .filter((file) => /^0[1-6]-.*\.json$/.test(file))
    .sort()
    .map((file) => ({ file, scenarios: JSON.parse(readFileSync(resolve(FIXTURES, file), 'utf8')) }));
}

const PLACEHOLDER = /<[^<>\s"]+>/g;
const GENERATED = /^<([a-z_]+)#(\d+)>$/;

/**
 * The placeholders of the recordings and the values they stand for here: seed ids bound up front,
 * `<prefix#n>` ids bound on first sight (from an answer) or made up (in a request), one value each.
 */
export class Placeholders {
  readonly #values = new Map<string, string>();
  readonly #owners = new Map<string, string>();

  bind(placeholder: string, value: string): string | undefined {
    const known = this.#values.get(placeholder);
    if (known !== undefined) return known === value ? undefined : `${placeholder} is ${known}, not ${value}`;
    const owner = this.#owners.get(value);
    if (owner !== undefined) return `${value} is ${owner} already, not also ${placeholder}`;
    this.#values.set(placeholder, value);
    this.#owners.set(value, placeholder);
    return undefined;
  }

  /** A request's text with every placeholder replaced; an id never seen gets a made-up one of its kind. */
  fill(text: string): string {
    return text.replace(PLACEHOLDER, (placeholder) => {
      const known = this.#values.get(placeholder);
      if (known !== undefined) return known;
      const generated = GENERATED.exec(placeholder);
      if (!generated) return placeholder;
      const value = `${generated[1]}_unrecorded${generated[2]}`;
      this.bind(placeholder, value);
      return value;
    });
  }

  /** Whether `actual` is what the recorded text says: literal parts equal, each placeholder its kind and identity. */
  matchText(recorded: string, actual: unknown): string | undefined {
    if (recorded === '<ts>') return isTimestamp(actual) ? undefined : `${show(actual)} is not a timestamp`;
    if (recorded === '<request_id>') {
      return typeof actual === 'string' && /^[0-9a-f]{8,}$/.test(actual)
        ? undefined
        : `${show(actual)} is not a request id`;
    }
    if (recorded === '<invoiceNumberBase>')
      return typeof actual === 'string' && actual ? undefined : 'no invoiceNumberBase';
    if (typeof actual !== 'string') return `${show(actual)} is not a string`;
    const captured: string[] = [];
    const pattern = recorded.split(/(<[^<>\s"]+>)/).map((part, index) => {
      if (index % 2 === 0) return escapeRegExp(part);
      const known = this.#values.get(part);
      if (known !== undefined) return escapeRegExp(known);
      const generated = GENERATED.exec(part);
      if (!generated) return escapeRegExp(part);
      captured.push(part);
      return `(${generated[1]}_[A-Za-z0-9_]+)`;
    });
    const found = new RegExp(`^${pattern.join('')}$`).exec(actual);
    if (!found) return `${show(actual)} does not read ${show(recorded)}`;
    for (const [index, placeholder] of captured.entries()) {
      const problem = this.bind(placeholder, found[index + 1] ?? '');
      if (problem) return problem;
    }
    return undefined;
  }

  /** Every difference between a recorded body and the stand-in's, by path (empty when they agree). */
  match(recorded: unknown, actual: unknown, path = '$'): string[] {
    if (typeof recorded === 'string') {
      const problem = this.matchText(recorded, actual);
      return problem ? [`${path}: ${problem}`] : [];
    }
    if (Array.isArray(recorded)) {
      if (!Array.isArray(actual) || actual.length !== recorded.length)
        return [`${path}: ${show(actual)} is not ${show(recorded)}`];
      return recorded.flatMap((item, index) => this.match(item, actual[index], `${path}[${index}]`));
    }
    if (recorded && typeof recorded === 'object') {
      if (!actual || typeof actual !== 'object' || Array.isArray(actual))
        return [`${path}: ${show(actual)} is not an object`];
      const keys = Object.keys(recorded).sort();
      const actualKeys = Object.keys(actual).sort();
      if (keys.join() !== actualKeys.join())
        return [`${path}: keys ${actualKeys.join()} are not ${keys.join()}`];
      return keys.flatMap((key) =>
        this.match(
          (recorded as Record<string, unknown>)[key],
          (actual as Record<string, unknown>)[key],
          `${path}.${key}`,
        ),
      );
    }
    return Object.is(recorded, actual) ? [] : [`${path}: ${show(actual)} is not ${show(recorded)}`];
  }
}

/** A request body as it was sent: placeholders filled, shortened values (`<object with 60 keys…>`, `x…<10000 chars>`) whole again. */
export function expandBody(value: unknown, placeholders: Placeholders): unknown {
  if (typeof value === 'string') {
    const keys = /^<object with (\d+) keys: .*>$/.exec(value);
    if (keys)
      return Object.fromEntries(Array.from({ length: Number(keys[1]) }, (_, i) => [`k${i}`, `v${i}`]));
    const long = /^(.)\1*…<(\d+) chars>$/su.exec(value);
    if (long) return (long[1] ?? '').repeat(Number(long[2]));
    return placeholders.fill(value);
  }
  if (Array.isArray(value)) return value.map((item) => expandBody(item, placeholders));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, expandBody(item, placeholders)]),
    );
  }
  return value;
}

const isTimestamp = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) ||
  (typeof value === 'string' && !Number.isNaN(Date.parse(value)));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};
