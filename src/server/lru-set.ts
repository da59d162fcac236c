/**
 * A set that holds at most `capacity` keys, forgetting the least recently used first — a bounded memory
 * of which Flowglad customers are known to exist.
 *
 * @example
 * ```ts
 * const seen = new LruSet<string>(2);
 * seen.add('a'); seen.add('b'); seen.has('a'); seen.add('c'); // 'b' is forgotten
 * ```
 */
export class LruSet<K> {
  readonly #keys = new Set<K>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = Math.max(0, Math.floor(capacity));
  }

  /** Whether `key` is remembered; a hit makes it the most recently used. */
  has(key: K): boolean {
    if (!this.#keys.has(key)) return false;
    this.#keys.delete(key);
    this.#keys.add(key);
    return true;
  }

  add(key: K): void {
    this.#keys.delete(key);
    if (this.#capacity === 0) return;
    this.#keys.add(key);
    if (this.#keys.size > this.#capacity) this.#keys.delete(this.#keys.values().next().value as K);
  }

  delete(key: K): void {
    this.#keys.delete(key);
  }

  get size(): number {
    return this.#keys.size;
  }
}
