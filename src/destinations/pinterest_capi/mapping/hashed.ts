// Hashed keys (SPEC §6.2, §7): a value, or a list of values, → one SHA-256 per distinct normalised value.
import type { NormalizeContext, Rule } from '../normalize';
import { hasherFor, memoHasherFor, type Hasher } from '../speed';

/** A hashed key's value from one raw source value, for one rule (resolved once per row, not per value). */
export type HashValue = (value: unknown, ctx: NormalizeContext) => string[] | undefined;

const toText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

const hashText = (text: string | undefined, hash: Hasher, ctx: NormalizeContext): string | undefined =>
  text === undefined ? undefined : hash(text, ctx);

function oneOrDistinct(value: unknown, hash: Hasher, ctx: NormalizeContext): string[] | undefined {
  if (!Array.isArray(value)) {
    // The usual case, one value: no list to build and walk.
    const h = hashText(toText(value), hash, ctx);
    return h === undefined ? undefined : [h];
  }
  let out: string[] | undefined;
  for (const item of value) {
    const h = hashText(toText(item), hash, ctx);
    if (h === undefined) continue;
    if (!out) out = [h];
    else if (!out.includes(h)) out.push(h);
  }
  return out;
}

function firstEntry(value: unknown, hash: Hasher, ctx: NormalizeContext): string[] | undefined {
  if (!Array.isArray(value)) return oneOrDistinct(value, hash, ctx);
  for (const item of value) {
    const h = hashText(toText(item), hash, ctx);
    if (h !== undefined) return [h];
  }
  return undefined;
}

/** Where a hashed row's values are remembered: a cache per rule, or (`memo`) the per-user memo (speed/identity.ts). */
export type HashedBy = 'cache' | 'memo';

const hasher = (rule: Rule, by: HashedBy): Hasher => (by === 'memo' ? memoHasherFor(rule) : hasherFor(rule));

/** One hash per distinct normalised value, first-seen order; an array source gives several. */
export function valuesHasher(rule: Rule, by: HashedBy = 'cache'): HashValue {
  const hash = hasher(rule, by);
  return (value, ctx) => oneOrDistinct(value, hash, ctx);
}

/** One value: an array holds alternatives, and its first entry that normalises to something is the value. */
export function firstEntryHasher(rule: Rule, by: HashedBy = 'cache'): HashValue {
  const hash = hasher(rule, by);
  return (value, ctx) => firstEntry(value, hash, ctx);
}

/** `valuesHasher(rule)` applied once (custom mappings, whose rule is known only per mapping). */
export const hashValues = (value: unknown, rule: Rule, ctx: NormalizeContext): string[] | undefined =>
  oneOrDistinct(value, hasherFor(rule), ctx);
