// Hashed keys (SPEC §6.2, §7): a value, or a list of values, → one SHA-256 per distinct normalised value.
import type { NormalizeContext, Rule } from '../normalize';
import { hashByRule } from '../speed';

const toText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/** One hash per distinct normalised value, first-seen order; an array source gives several. */
export function hashValues(value: unknown, rule: Rule, ctx: NormalizeContext): string[] | undefined {
  if (!Array.isArray(value)) {
    // The usual case, one value: no list to build and walk.
    const text = toText(value);
    const h = text === undefined ? undefined : hashByRule(text, rule, ctx);
    return h === undefined ? undefined : [h];
  }
  let out: string[] | undefined;
  for (const item of value) {
    const text = toText(item);
    if (text === undefined) continue;
    const h = hashByRule(text, rule, ctx);
    if (h === undefined) continue;
    if (!out) out = [h];
    else if (!out.includes(h)) out.push(h);
  }
  return out;
}

/** One value: an array holds alternatives, and its first entry that normalises to something is the value. */
export function hashFirstEntry(value: unknown, rule: Rule, ctx: NormalizeContext): string[] | undefined {
  if (!Array.isArray(value)) return hashValues(value, rule, ctx);
  for (const item of value) {
    const text = toText(item);
    const h = text === undefined ? undefined : hashByRule(text, rule, ctx);
    if (h !== undefined) return [h];
  }
  return undefined;
}
