// Dotted paths compiled once (when a table or config is loaded) into accessors that read a message without allocating.
import { readCode } from './reader';

/** A dotted path split into keys, with an accessor generated for it once. */
export type Path = readonly string[] & { readonly read: (root: unknown) => unknown };

/**
 * Each path gets its own small accessor function: property reads at fixed sites stay fast (inline caches) where one
 * generic loop over every path in every table would not. The reads are the generated code's own (speed/reader.ts).
 */
function accessor(keys: readonly string[]): (root: unknown) => unknown {
  return new Function('root', `'use strict'; let r; ${readCode('root', keys)} return r;`) as (
    root: unknown,
  ) => unknown;
}

export function compilePath(dotted: string): Path {
  const keys = dotted.split('.').filter(Boolean);
  Object.defineProperty(keys, 'read', { value: accessor(keys) });
  return Object.freeze(keys) as unknown as Path;
}

/** The value at `path`, or undefined when any step is missing or not an object (a string where an object belongs). */
export const getPath = (root: unknown, path: Path): unknown => path.read(root);
