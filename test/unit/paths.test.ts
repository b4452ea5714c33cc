// Compiled path accessors: read nested values, treat non-objects as absent, and keep hostile keys as plain data.
import fc from 'fast-check';
import '../support/fast-check-seed';
import { compilePath, getPath } from '../../src/destinations/pinterest_capi/speed';
import { readPlain } from '../support/plain-path';

it.each([
  ['context.traits.email', { context: { traits: { email: 'a@b.co' } } }, 'a@b.co'],
  ['context.traits.email', { context: { traits: 'oops' } }, undefined],
  ['context.traits.email', { context: null }, undefined],
  ['a.length', { a: 'abc' }, undefined],
  ['list.1', { list: ['x', 'y'] }, 'y'],
  ['a..b', { a: { b: 1 } }, 1],
])('%s in %j → %j', (path, root, expected) => {
  expect(getPath(root, compilePath(path))).toEqual(expected);
});

it('reads keys full of quotes, backslashes and code as plain keys', () => {
  (globalThis as { pwned?: boolean }).pwned = false;
  const key = `x"];globalThis["pwned"]=true;//\\'\u2028`;
  const path = compilePath(`properties.${key}`);
  expect(getPath({ properties: { [key]: 42 } }, path)).toBe(42);
  expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
});

it('reads what a plain loop over the keys reads, for any shapes', () => {
  const key = fc.constantFrom('a', 'b', '0', 'length', 'constructor');
  const tree = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom('xy', '', null, 0, true, undefined),
      fc.dictionary(key, tie('node'), { maxKeys: 3 }),
      fc.array(tie('node'), { maxLength: 2 }),
    ),
  })).node;
  fc.assert(
    fc.property(fc.array(key, { minLength: 1, maxLength: 4 }), tree, (keys, root) => {
      expect(getPath(root, compilePath(keys.join('.')))).toEqual(readPlain(root, keys));
    }),
  );
});
