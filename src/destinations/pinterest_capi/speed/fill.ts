// A field table compiled into one generated function per table: straight-line reads, rule calls and stores.
// The engine (mapping/engine.ts) decides what each row means; this only makes that fast (SPEC §14): property reads
// and stores at fixed sites stay monomorphic, where a loop over rows and paths would make every site megamorphic.

import { CACHE_SIZES } from './caches';
import { IdentityMemo } from './identity';

type Fn = (...args: never[]) => unknown;

/** A source read inline: a path from the message or from the product being described. */
export interface DirectSource {
  fromProduct: boolean;
  keys: readonly string[];
  /** Read only when this holds (`(ctx, key) => boolean`). */
  when: Fn | undefined;
  /** The source's own rule, instead of the row's. */
  rule: Fn | undefined;
}

export interface RowPlan {
  key: string;
  when: Fn | undefined;
  /** Counts towards the returned number of filled keys. */
  describes: boolean;
  /** Sources to read inline, or undefined: the row's value is `read(ctx, product)`. */
  direct:
    | { sources: readonly DirectSource[]; hashed: false; rule: Fn }
    | { sources: readonly DirectSource[]; hashed: true; hash: Fn }
    | undefined;
  read: Fn;
  /** Pinterest's limits on the key; undefined when it has none. */
  fits: Fn | undefined;
}

export type Fill<O, C> = (out: Partial<O>, ctx: C, product: unknown) => number;

const lit = (s: string) => JSON.stringify(s);

/** Code that leaves in `r` the value at `keys` under `root` (undefined when a step is not an object). */
function readCode(root: string, keys: readonly string[]): string {
  let code = `r = ${root};`;
  let close = '';
  for (const k of keys) {
    code += ` if (r !== null && typeof r === 'object') { r = r[${lit(k)}];`;
    close = ` } else r = undefined;${close}`;
  }
  return code + close;
}

/**
 * One function filling `out` from the plans; returns how many describing keys it filled. Functions are passed in
 * as arguments and keys embedded as JSON string literals, never as code.
 * A hashed row's `hash(raw, ctx)` hashes a present value; `present(raw)` says whether a value counts as present.
 * A hashed row's result for a string must depend only on the string and `ctx.country` / `ctx.defaultPhoneCountry`
 * (a NormalizeContext): string values go through the table's per-user memo (speed/identity.ts).
 */
export function compileFill<O, C>(plans: readonly RowPlan[], present: Fn): Fill<O, C> {
  const fns: Fn[] = [];
  const refs = new Map<Fn, string>();
  const ref = (f: Fn) => {
    let name = refs.get(f);
    if (name === undefined) {
      name = `f${fns.length}`;
      fns.push(f);
      refs.set(f, name);
    }
    return name;
  };
  let body = '';
  let hashedRows = 0;
  for (const p of plans) {
    const key = lit(p.key);
    let row = 'v = undefined;';
    if (!p.direct) {
      row = `v = ${ref(p.read)}(ctx, product);`;
    } else {
      const { direct } = p;
      row += ' s: {';
      for (const s of direct.sources) {
        let src = readCode(s.fromProduct ? 'product' : 'm', s.keys);
        if (direct.hashed) {
          const hash = ref(direct.hash);
          src += ` if (${ref(present)}(r)) { v = typeof r === 'string' ? memo.hash(${hashedRows}, r, ctx, ${hash}) : ${hash}(r, ctx); break s; }`;
        } else src += ` v = ${ref(s.rule ?? direct.rule)}(r, ctx); if (v !== undefined) break s;`;
        row += s.when ? ` if (${ref(s.when)}(ctx, ${key})) { ${src} }` : ` ${src}`;
      }
      row += ' }';
      if (direct.hashed) hashedRows += 1;
    }
    const fits = p.fits ? ` && ${ref(p.fits)}(v)` : '';
    row += ` if (v !== undefined${fits}) { out[${key}] = v;${p.describes ? ' n += 1;' : ''} }`;
    body += p.when ? `if (${ref(p.when)}(ctx, ${key})) { ${row} }\n` : `${row}\n`;
  }
  const names = fns.map((_, i) => `f${i}`);
  const memo = hashedRows > 0 ? new IdentityMemo(hashedRows, CACHE_SIZES.identities) : undefined;
  const source = `'use strict'; const [${names.join(', ')}] = fns;
return function fill(out, ctx, product) { const m = ctx.message; let n = 0; let v; let r;${memo ? ' memo.begin();' : ''}
${body}return n; };`;
  return new Function('fns', 'memo', source)(fns, memo) as Fill<O, C>;
}
