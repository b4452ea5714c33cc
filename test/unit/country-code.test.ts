// The cached country rule (speed/hashing.ts, SPEC §7): in any order of values, the last-seen check and the cache give
// what the country rule gives afresh.
import fc from 'fast-check';
import '../support/fast-check-seed';
import { RULES } from '../../src/destinations/pinterest_capi/normalize';
import { countryCode } from '../../src/destinations/pinterest_capi/speed';

it('gives the country rule’s result for every value, repeated or not', () => {
  const raw = fc.constantFrom('United States', 'united states ', 'US', 'gb', 'Germany', 'Nowhere', '', ' ');
  fc.assert(
    fc.property(fc.array(raw, { maxLength: 30 }), (values) => {
      for (const v of values) expect(countryCode(v)).toBe(RULES.country(v.trim()));
    }),
  );
});
