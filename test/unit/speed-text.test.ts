// The fast trim (speed/text.ts) is String.prototype.trim for every string, whitespace of any kind included.
import fc from 'fast-check';
import { trimmed } from '../../src/destinations/pinterest_capi/speed';

// Every character JavaScript's trim removes (ECMA-262 WhiteSpace and LineTerminator), and near misses.
const EDGES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029'];
const MORE = [
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u200b',
  '\u0000',
  '\u001f',
  '\u007f',
  '!',
  '~',
];

it.each([...EDGES, ...MORE].flatMap((c) => [c, `${c}a`, `a${c}`, `${c}a b${c}`, `${c}${c}`]))(
  'trims %j as trim() does',
  (s) => {
    expect(trimmed(s)).toBe(s.trim());
  },
);

it('equals trim() on any string', () => {
  const edge = fc.constantFrom(...EDGES, ...MORE);
  const text = fc
    .array(fc.oneof(edge, fc.string({ unit: 'binary' })), { maxLength: 6 })
    .map((a) => a.join(''));
  fc.assert(
    fc.property(text, (s) => trimmed(s) === s.trim()),
    { numRuns: 2000 },
  );
});

it('gives back the string itself when there is nothing to trim', () => {
  const s = ['Shopper', '@Example.com'].join('');
  expect(trimmed(s)).toBe(s);
  expect(trimmed('')).toBe('');
});
