/**
 * A row's generated source reader (speed/reader.ts, SPEC §14) reads source i exactly as a plain loop over its keys,
 * from the message, the product or the context, whatever their shapes; sources with a function of their own
 * call it; an index out of range reads nothing.
 */
import fc from 'fast-check';
import '../support/fast-check-seed';
import { compileReader, type ReaderSource } from '../../src/destinations/pinterest_capi/speed';
import { readPlain } from '../support/plain-path';

const KEYS = ['a', 'b', '0', 'constructor'];
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('x', '', null, 0, true, undefined),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 3 }),
    fc.array(tie('node'), { maxLength: 2 }),
  ),
})).node;
const source = fc.oneof(
  fc.record({
    root: fc.constantFrom('message' as const, 'product' as const, 'context' as const),
    keys: fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 3 }),
  }),
  fc.constant('own function' as const),
);

it('reads source i as a plain loop over its keys reads it from its root', () => {
  fc.assert(
    fc.property(
      fc.array(source, { minLength: 1, maxLength: 5 }),
      tree,
      tree,
      tree,
      (specs, message, product, extra) => {
        const own = (ctx: unknown, p: unknown) => ['own', ctx, p];
        const sources: ReaderSource[] = specs.map((s) => (s === 'own function' ? { read: own } : s));
        const at = compileReader(sources);
        const ctx = { a: extra, message };
        const roots = { message, product, context: ctx };
        sources.forEach((s, i) => {
          const expected = 'read' in s ? own(ctx, product) : readPlain(roots[s.root], s.keys);
          expect(at(i, ctx, product)).toEqual(expected);
        });
        expect(at(sources.length, ctx, product)).toBeUndefined();
      },
    ),
    { numRuns: 1000 },
  );
});
