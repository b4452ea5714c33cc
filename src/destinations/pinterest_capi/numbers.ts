// Numeric reading and printing for money and quantities, as Pinterest wants them (strings for money).
import { CACHE_SIZES, memoize } from './speed';
import { trimmed } from './values';

/** A finite number from a number or a numeric string; undefined otherwise. */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const t = trimmed(v);
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A quantity: a safe integer (non-integers and integers beyond 2^53−1 count as absent). */
export function toQuantity(v: unknown): number | undefined {
  const n = toNumber(v);
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
}

/** A provided amount, printed as the number it denotes: "27.50" → "27.5". */
export const printAmount: (n: number) => string = memoize(CACHE_SIZES.amounts, String);

/** A computed sum, exact to the cent: 3 × 19.99 → "59.97", never "59.970000000000006". */
export const printSum: (n: number) => string | undefined = memoize(CACHE_SIZES.amounts, (n) => {
  if (!Number.isFinite(n)) return undefined;
  const cents = Number(n.toFixed(2));
  return Number.isFinite(cents) ? String(cents) : undefined;
});
