// What counts as a value in a CDP message: present, text-like, an object (SPEC §6: absent and empty are omitted).
import { trimmed } from './speed';

export { trimmed };

/** A value that counts as present: not null/undefined, not an empty or blank string, not an empty array. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return trimmed(value) !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  return true;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A string for string-like scalars (strings trimmed, finite numbers printed); undefined for anything else. */
export function asText(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const t = trimmed(v);
    return t === '' ? undefined : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return v.toString();
  return undefined;
}

/** A string, trimmed, for fields where only a string can be valid (an IP, an agent, a URL); else undefined. */
export function asString(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = trimmed(v);
  return t === '' ? undefined : t;
}
