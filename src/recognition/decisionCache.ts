import crypto from 'node:crypto';

/**
 * SHA-256 as base64 in one native call where Node has `crypto.hash` (20.12 on; `engines` allows any
 * Node 20), else through a Hash object: the hashing is a measurable part of a remembered turn.
 */
const sha256: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'base64') : (text) => crypto.createHash('sha256').update(text).digest('base64');

/** How often the cache answered, for the benchmark and for operators sizing it. */
export interface DecisionCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly size: number;
  readonly capacity: number;
}

/**
 * Decisions already made, by everything a decision depends on. In a spike many people send the same
 * words (a button's title, a question copied from the news, "is my data on the dark web"), and
 * understanding a message is most of a turn's CPU. Keys are digests, so no message text is kept;
 * the least recently used entry goes first. Values are frozen: one decision serves many turns.
 */
export class DecisionCache<T extends object> {
  private readonly entries = new Map<string, T>();
  private hits = 0;
  private misses = 0;

  constructor(readonly capacity: number) {}

  /** The key for a message and what else the decision reads; the text is hashed, never stored. */
  static keyOf(parts: readonly (string | undefined)[]): string {
    // Each part after its length, so no two different lists of parts give the same string.
    let joined = `${parts.length}|`;
    for (const part of parts) joined += part === undefined ? '-1:' : `${part.length}:${part}`;
    return sha256(joined);
  }

  /** The value under the first of these keys that has one; one hit or one miss either way. */
  get(...keys: string[]): T | undefined {
    for (const key of keys) {
      const found = this.entries.get(key);
      if (found === undefined) continue;
      this.hits++;
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    return undefined;
  }

  set(key: string, value: T): T {
    if (this.capacity <= 0) return value;
    const frozen = deepFreeze(value);
    this.entries.delete(key);
    this.entries.set(key, frozen);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return frozen;
  }

  stats(): DecisionCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.entries.size, capacity: this.capacity };
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
