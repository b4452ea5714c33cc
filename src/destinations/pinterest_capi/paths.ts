// Dotted paths into a message, split once when a table or config is loaded, walked without allocation per event.

/** A dotted path split into keys, with an accessor generated for it once. */
export type Path = readonly string[] & { readonly read: (root: unknown) => unknown };

/**
 * Each path gets its own small accessor function: property reads at fixed sites stay fast (inline caches) where one
 * generic loop over every path in every table would not. Keys are embedded as JSON string literals, never as code.
 */
function accessor(keys: readonly string[]): (root: unknown) => unknown {
  let body = 'let c = r;';
  for (const k of keys)
    body += `if (c === null || typeof c !== 'object') return undefined; c = c[${JSON.stringify(k)}];`;
  return new Function('r', `${body} return c;`) as (root: unknown) => unknown;
}

export function compilePath(dotted: string): Path {
  const keys = dotted.split('.').filter(Boolean);
  Object.defineProperty(keys, 'read', { value: accessor(keys) });
  return Object.freeze(keys) as unknown as Path;
}

/** The value at `path`, or undefined when any step is missing or not an object (a string where an object belongs). */
export const getPath = (root: unknown, path: Path): unknown => path.read(root);

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
