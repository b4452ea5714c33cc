// A row's sources compiled into one generated reader: `at(i, ctx, product)` reads source i with inline property
// reads (SPEC §14). A computed rule serves one row, so its call site sees one reader: monomorphic, where a shared
// accessor call per path (speed/paths.ts) is a megamorphic call per source and event.

/** Where a source's path starts: the message, the product being described, or the event context. */
export type Root = 'message' | 'product' | 'context';

/** A source the reader reads inline, or (`read`) through a function of its own. */
export type ReaderSource =
  { root: Root; keys: readonly string[] } | { read: (ctx: unknown, product: unknown) => unknown };

export type SourceReader = (i: number, ctx: unknown, product: unknown) => unknown;

const lit = (s: string) => JSON.stringify(s);

/** Code that leaves in `r` the value at `keys` under `root` (undefined when a step is not an object). */
export function readCode(root: string, keys: readonly string[]): string {
  let code = `r = ${root};`;
  let close = '';
  for (const k of keys) {
    code += ` if (r !== null && typeof r === 'object') { r = r[${lit(k)}];`;
    close = ` } else r = undefined;${close}`;
  }
  return code + close;
}

/** The JavaScript name of a root inside generated code (`m` is `ctx.message`). */
export const ROOT_NAMES = { message: 'm', product: 'product', context: 'ctx' } as const;

/** One generated function reading any of `sources` by index; undefined for an index out of range. Keys embedded as
 * JSON string literals, functions passed in as arguments, never as code. */
export function compileReader(sources: readonly ReaderSource[]): SourceReader {
  const fns: unknown[] = [];
  let cases = '';
  sources.forEach((s, i) => {
    if ('read' in s) {
      fns.push(s.read);
      cases += `case ${i}: return fns[${fns.length - 1}](ctx, product);\n`;
    } else cases += `case ${i}: { ${readCode(ROOT_NAMES[s.root], s.keys)} return r; }\n`;
  });
  const source = `'use strict';
return function at(i, ctx, product) { const m = ctx.message; let r; switch (i) {
${cases}default: return undefined; } };`;
  return new Function('fns', source)(fns) as SourceReader;
}
