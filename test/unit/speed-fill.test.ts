/**
 * The generated fill (speed/fill.ts, SPEC §14) reads what the compiled path accessors read: shared path prefixes are
 * read once, and a hashed row hashes its first present source, whatever the message's shape (objects, lists,
 * strings and nulls where objects belong). An `all` row hashes every present source's value (one, or the list).
 * The reference fills the same rows source by source with a plain loop over each path's keys.
 */
import fc from 'fast-check';
import '../support/fast-check-seed';
import { compileFill, type RowPlan } from '../../src/destinations/pinterest_capi/speed';
import { readPlain } from '../support/plain-path';

const KEYS = ['a', 'b', 'c', '0'];
const path = fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 4 });
const leaf = fc.oneof(fc.constantFrom('x', 'y', '', ' ', null, 0, 7, true), fc.constant(undefined));
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }),
    fc.array(tie('node'), { maxLength: 2 }),
  ),
})).node;

const present = (v: unknown) => v !== undefined && v !== null && v !== '';
const hash = (v: unknown, ctx: { country?: string }) => [`h(${JSON.stringify(v)},${ctx.country})`];
const rule = (v: unknown) => (typeof v === 'string' && v !== ' ' ? `r(${v})` : undefined);

interface Row {
  hashed: boolean;
  all: boolean;
  sources: { keys: string[]; root: 'message' | 'product' | 'context' }[];
}
const row = fc.record({
  hashed: fc.boolean(),
  all: fc.boolean(),
  sources: fc.array(fc.record({ keys: path, root: fc.constantFrom('message', 'product', 'context') }), {
    minLength: 1,
    maxLength: 4,
  }),
});

function plans(rows: readonly Row[]): RowPlan[] {
  return rows.map((r, i) => {
    const sources = r.sources.map((s) => ({ ...s, when: undefined, rule: undefined }));
    return {
      key: `k${i}`,
      when: undefined,
      describes: true,
      direct: r.hashed ? { sources, hashed: true, hash, all: r.all } : { sources, hashed: false, rule },
      read: () => undefined,
      fits: undefined,
    } as RowPlan;
  });
}

function reference(rows: readonly Row[], message: unknown, product: unknown, ctx: { country?: string }) {
  const rootOf = (root: Row['sources'][number]['root']) =>
    root === 'message' ? message : root === 'product' ? product : ctx;
  const out: Record<string, unknown> = {};
  rows.forEach((r, i) => {
    if (r.hashed && r.all) {
      const raws = r.sources.map((s) => readPlain(rootOf(s.root), s.keys)).filter(present);
      if (raws.length > 0) out[`k${i}`] = hash(raws.length === 1 ? raws[0] : raws, ctx);
      return;
    }
    for (const s of r.sources) {
      const raw = readPlain(rootOf(s.root), s.keys);
      if (r.hashed) {
        if (present(raw)) {
          out[`k${i}`] = hash(raw, ctx);
          return;
        }
      } else {
        const v = rule(raw);
        if (v !== undefined) {
          out[`k${i}`] = v;
          return;
        }
      }
    }
  });
  return out;
}

it('fills what reading each source with its own accessor gives', () => {
  fc.assert(
    fc.property(
      fc.array(row, { minLength: 1, maxLength: 6 }),
      fc.array(fc.tuple(tree, tree, fc.dictionary(fc.constantFrom(...KEYS), tree, { maxKeys: 3 })), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.constantFrom('us', undefined),
      (rows, events, country) => {
        const fill = compileFill<Record<string, unknown>, unknown>(plans(rows), present);
        for (const [message, product, extra] of events) {
          // Context paths read the context's own keys (as `rc.config.<key>` does in the tables).
          const ctx = { ...extra, message, country, defaultPhoneCountry: undefined };
          const out: Record<string, unknown> = {};
          const n = fill(out, ctx, product);
          const expected = reference(rows, message, product, ctx);
          expect(out).toEqual(expected);
          expect(n).toBe(Object.keys(expected).length);
        }
      },
    ),
    { numRuns: 2000 },
  );
});
