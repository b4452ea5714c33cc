// The oracle for generated path reads: a plain loop over the keys, written apart from the code generator, so that
// a mistake in the generated reads (speed/reader.ts, shared by the fill, the readers and getPath) cannot hide.
export function readPlain(root: unknown, keys: readonly string[]): unknown {
  let c = root;
  for (const k of keys) {
    if (c === null || typeof c !== 'object') return undefined;
    c = (c as Record<string, unknown>)[k];
  }
  return c;
}
