// Dotted paths into a message, split once when a table or config is loaded, walked without allocation per event.

export type Path = readonly string[];

export const compilePath = (dotted: string): Path => Object.freeze(dotted.split('.').filter(Boolean));

/** The value at `path`, or undefined when any step is missing or not an object (a string where an object belongs). */
export function getPath(root: unknown, path: Path): unknown {
  let cur: unknown = root;
  for (let i = 0; i < path.length; i += 1) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[path[i] as string];
  }
  return cur;
}

/** A value that counts as present: not null/undefined, not an empty or blank string, not an empty array. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  return true;
}

/** The first present value among `paths`. */
export function firstPresent(root: unknown, paths: readonly Path[]): unknown {
  for (let i = 0; i < paths.length; i += 1) {
    const v = getPath(root, paths[i] as Path);
    if (isPresent(v)) return v;
  }
  return undefined;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A string for string-like scalars (strings trimmed, finite numbers printed); undefined for anything else. */
export function asText(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? undefined : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return v.toString();
  return undefined;
}
