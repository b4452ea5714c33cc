// Bounded caches for results that repeat across events (hashes, country codes, event names): sizes in one place.
import QuickLRU from 'quick-lru';

/** Entries kept per cache; a full cache evicts its least recently used half (quick-lru). */
export const CACHE_SIZES = {
  /**
   * Normalised hashes, per §7 rule: values users share (gender, city, …), and lists, numbers and custom mappings.
   * A user's own values under the identity memo are kept there only (speed/hashing.ts, PER_USER).
   */
  hashPerRule: 20_000,
  /** Users' hashed values, per table (speed/identity.ts): one entry per user seen recently. */
  identities: 10_000,
  /** Address countries as written → alpha-2. */
  countries: 1_000,
  /** Event names as sent → normalised (§5). */
  eventNames: 10_000,
  /** Money amounts → their printed form (prices repeat across events; printing a double is slow). */
  amounts: 10_000,
} as const;

/** `fn` with its results kept for the last `size` distinct keys; "nothing" results are cached too. */
export function memoize<K extends string | number, V>(size: number, fn: (key: K) => V): (key: K) => V {
  const cache = new QuickLRU<K, { v: V }>({ maxSize: size });
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit.v;
    const v = fn(key);
    cache.set(key, { v });
    return v;
  };
}

/**
 * `fn` remembering its last string argument: the values it is for (an event's locale, its currency) are the same
 * for most events of a stream, and comparing two short strings is cheaper than a RegExp match and a new string.
 */
export function lastOf<V>(fn: (raw: string) => V): (raw: string) => V {
  let last: string | undefined;
  let result: V;
  return (raw) => {
    if (raw !== last) {
      result = fn(raw);
      last = raw;
    }
    return result;
  };
}
