// The fast ISO-8601 reader (speed/time.ts) gives what Date.parse gives, or leaves the string to Date.parse.
import fc from 'fast-check';
import { isoUtcMs } from '../../src/destinations/pinterest_capi/speed';

const MIN = Date.UTC(100, 0, 1);
const MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

it('reads every Date#toISOString of years 100–9999, with and without milliseconds, as Date.parse does', () => {
  fc.assert(
    fc.property(fc.integer({ min: MIN, max: MAX }), (ms) => {
      const iso = new Date(ms).toISOString();
      const noMs = `${iso.slice(0, 19)}Z`;
      return isoUtcMs(iso) === ms && isoUtcMs(noMs) === Date.parse(noMs);
    }),
    { numRuns: 5000 },
  );
});

it('never disagrees with Date.parse on a near-ISO string: each character may be anything', () => {
  const template = '2024-02-29T23:59:59.999Z';
  const chars = fc.constantFrom(...'0123456789-:.TZtz +/'.split(''), '\u0660', '٣');
  const mutated = fc
    .tuple(fc.array(fc.tuple(fc.nat({ max: 23 }), chars), { maxLength: 4 }), fc.boolean())
    .map(([edits, short]) => {
      const a = template.split('');
      for (const [i, c] of edits) a[i] = c;
      const s = a.join('');
      return short ? `${s.slice(0, 19)}${s.slice(23)}` : s;
    });
  let read = 0;
  fc.assert(
    fc.property(mutated, (s) => {
      const fast = isoUtcMs(s);
      if (fast !== undefined) read += 1;
      return fast === undefined || fast === Date.parse(s);
    }),
    { numRuns: 20000 },
  );
  // Not vacuous: a good share of the mutated strings is read by the fast path itself.
  expect(read).toBeGreaterThan(2000);
});

it.each([
  // out-of-range fields are Date.parse's to decide (24:00, leap seconds, month 13, day 32, years < 100)
  '2024-01-01T24:00:00.000Z',
  '2024-01-01T23:59:60.000Z',
  '2024-13-01T00:00:00.000Z',
  '2024-01-32T00:00:00.000Z',
  '0099-01-01T00:00:00.000Z',
  // other forms: offsets, other fraction lengths, spaces, lowercase
  '2024-01-01T00:00:00+01:00',
  '2024-01-01T00:00:00.5Z',
  '2024-01-01 00:00:00.000Z',
  ' 2024-01-01T00:00:00.000Z',
  '2024-01-01t00:00:00.000z',
])('leaves %p to Date.parse', (s) => {
  expect(isoUtcMs(s)).toBeUndefined();
});

it.each([
  ['2024-02-30T00:00:00.000Z', Date.UTC(2024, 2, 1)], // rolls over, as Date.parse does
  ['2026-01-15T11:00:00Z', Date.UTC(2026, 0, 15, 11)],
  ['1969-12-31T23:59:59.999Z', -1],
])('%p → %p', (s, ms) => {
  expect(isoUtcMs(s)).toBe(ms);
  expect(Date.parse(s)).toBe(ms);
});
