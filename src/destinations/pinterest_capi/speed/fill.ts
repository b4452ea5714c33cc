// A field table compiled into one generated function per table: straight-line reads, rule calls and stores.
// The engine (mapping/engine.ts) decides what each row means; this only makes that fast (SPEC §14): property reads
// and stores at fixed sites stay monomorphic, where a loop over rows and paths would make every site megamorphic.

import { CACHE_SIZES } from './caches';
import { IdentityMemo } from './identity';
import { readCode, ROOT_NAMES, type Root } from './reader';

type Fn = (...args: never[]) => unknown;

/** A source read inline: a path from the message, the product being described, or the event context. */
export interface DirectSource {
  root: Root;
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
    | { sources: readonly DirectSource[]; hashed: true; hash: Fn; memoHash?: Fn; all?: boolean }
    | undefined;
  read: Fn;
  /** Pinterest's limits on the key; undefined when it has none. */
  fits: Fn | undefined;
}

export type Fill<O, C> = (out: Partial<O>, ctx: C, product: unknown) => number;

const lit = (s: string) => JSON.stringify(s);

/**
 * Path prefixes that several sources share (`context.traits` under most user_data rows) are read once per call, at
 * the top, into `p0`, `p1`, …; each source reads the rest of its path from its longest read prefix. Reads of plain
 * data have no effects, so reading a prefix once, first, gives every source what reading its whole path gives; the
 * function is much smaller, so it is optimised sooner, and does fewer loads per event.
 */
function sharedPrefixes(paths: readonly (readonly string[])[]): {
  prologue: string;
  read: (path: readonly string[]) => string;
} {
  const id = (path: readonly string[], depth: number) => JSON.stringify(path.slice(0, depth));
  const uses = new Map<string, number>();
  for (const path of paths)
    for (let depth = 2; depth < path.length; depth += 1)
      uses.set(id(path, depth), (uses.get(id(path, depth)) ?? 0) + 1);
  const vars = new Map<string, string>();
  /** The longest read prefix of `path` shorter than `below` keys, as [variable, depth]. */
  const base = (path: readonly string[], below: number): [string, number] => {
    for (let depth = below - 1; depth >= 2; depth -= 1) {
      const name = vars.get(id(path, depth));
      if (name !== undefined) return [name, depth];
    }
    return [path[0] as string, 1];
  };
  let prologue = '';
  // Shorter prefixes first, so that a longer one reads from them.
  const shared = [...uses].filter(([, n]) => n >= 2).map(([k]) => JSON.parse(k) as string[]);
  shared.sort((a, b) => a.length - b.length);
  for (const prefix of shared) {
    const [from, depth] = base(prefix, prefix.length);
    const name = `p${vars.size}`;
    prologue += ` ${readCode(from, prefix.slice(depth))} const ${name} = r;`;
    vars.set(id(prefix, prefix.length), name);
  }
  return {
    prologue,
    read: (path) => {
      const [from, depth] = base(path, path.length);
      return readCode(from, path.slice(depth));
    },
  };
}

/**
 * One function filling `out` from the plans; returns how many describing keys it filled. Functions are passed in
 * as arguments and keys embedded as JSON string literals, never as code.
 * A hashed row's `hash(raw, ctx)` hashes a present value, and `memoHash` (default `hash`) a string value for the
 * per-user memo; `present(raw)` says whether a value counts as present.
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
  // Each source's path with its root ("m": the message, "product" or "ctx") as its first step.
  const rooted = (src: DirectSource) => [ROOT_NAMES[src.root], ...src.keys];
  const paths = plans.flatMap((p) => (p.direct ? p.direct.sources.map(rooted) : []));
  const prefixes = sharedPrefixes(paths);
  let body = '';
  let hashedRows = 0;
  for (const p of plans) {
    const key = lit(p.key);
    let row = 'v = undefined;';
    if (!p.direct) {
      row = `v = ${ref(p.read)}(ctx, product);`;
    } else {
      const { direct } = p;
      const all = direct.hashed && direct.all === true;
      // A hashed row hashes its first present source's value: one hash call after the sources, `h` says found.
      // An `all` row counts its present values in `c`: the first is kept in `o`, from the second on all are in `l`.
      row += all ? ' c = 0; l = undefined; {' : direct.hashed ? ' h = true; s: {' : ' s: {';
      for (const s of direct.sources) {
        let src = prefixes.read(rooted(s));
        if (all)
          src += ` if (${ref(present)}(r)) { if (c === 0) o = r; else if (c === 1) l = [o, r]; else l.push(r); c += 1; }`;
        else if (direct.hashed) src += ` if (${ref(present)}(r)) break s;`;
        else src += ` v = ${ref(s.rule ?? direct.rule)}(r, ctx); if (v !== undefined) break s;`;
        row += s.when ? ` if (${ref(s.when)}(ctx, ${key})) { ${src} }` : ` ${src}`;
      }
      if (all) {
        const hash = ref(direct.hash);
        const memoHash = ref(direct.memoHash ?? direct.hash);
        row += ` } if (c === 1) v = typeof o === 'string' ? memo.hash(${hashedRows}, o, ctx, ${memoHash}) : ${hash}(o, ctx); else if (c > 1) v = ${hash}(l, ctx);`;
        hashedRows += 1;
      } else if (direct.hashed) {
        const hash = ref(direct.hash);
        const memoHash = ref(direct.memoHash ?? direct.hash);
        row += ` h = false; } if (h) v = typeof r === 'string' ? memo.hash(${hashedRows}, r, ctx, ${memoHash}) : ${hash}(r, ctx);`;
        hashedRows += 1;
      } else row += ' }';
    }
    const fits = p.fits ? ` && ${ref(p.fits)}(v)` : '';
    row += ` if (v !== undefined${fits}) { out[${key}] = v;${p.describes ? ' n += 1;' : ''} }`;
    body += p.when ? `if (${ref(p.when)}(ctx, ${key})) { ${row} }\n` : `${row}\n`;
  }
  const names = fns.map((_, i) => `f${i}`);
  const memo = hashedRows > 0 ? new IdentityMemo(hashedRows, CACHE_SIZES.identities) : undefined;
  const source = `'use strict'; const [${names.join(', ')}] = fns;
return function fill(out, ctx, product) { const m = ctx.message; let n = 0; let v; let r; let h; let c; let o; let l;${memo ? ' memo.begin();' : ''}${prefixes.prologue}
${body}return n; };`;
  return new Function('fns', 'memo', source)(fns, memo) as Fill<O, C>;
}
