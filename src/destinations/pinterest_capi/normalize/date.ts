// Date of birth → YYYYMMDD (Pinterest: "date of birthday, given as year, month, and day").

// One separator used twice, or none: 1990-05-17, 1990/05/17, 19900517, or an ISO date-time.
const DATE = /^(\d{4})([-/]?)(\d{2})\2(\d{2})(?:$|[T ])/;

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function ymd(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}`;
}

/** The calendar date as written (no time-zone shift for date-times); invalid dates → undefined. */
export function normalizeDate(value: string | Date): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return ymd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  const m = DATE.exec(value.trim());
  if (!m) return undefined;
  const [, y, , mo, d] = m;
  return ymd(Number(y), Number(mo), Number(d));
}
