// Dotted paths compiled once (when a table or config is loaded) into accessors that read a message without allocating.

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
