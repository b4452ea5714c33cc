// Times as CDPs send them (ISO-8601, epoch seconds or milliseconds) → epoch milliseconds.
import { isoUtcMs } from '../speed';

/** ISO-8601 (or any string Date.parse understands), numeric strings, numbers (ms when ≥ 1e11, else s), Dates. */
export function parseTime(v: unknown): number | undefined {
  if (typeof v === 'string') {
    const iso = isoUtcMs(v);
    if (iso !== undefined) return iso;
  }
  const n = typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
  if (typeof n === 'number') {
    if (!Number.isFinite(n) || n <= 0) return undefined;
    return n >= 1e11 ? n : n * 1000;
  }
  if (typeof n === 'string') {
    const ms = Date.parse(n);
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (n instanceof Date) return Number.isNaN(n.getTime()) ? undefined : n.getTime();
  return undefined;
}

/** Unix seconds (integer) of a time, or undefined when it is none. */
export function toSeconds(v: unknown): number | undefined {
  const ms = parseTime(v);
  return ms === undefined ? undefined : Math.floor(ms / 1000);
}
