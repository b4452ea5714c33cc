/**
 * The phone rule's fast path (normalize/phone.ts, SPEC §7, §14) gives exactly what the plain libphonenumber-js/min
 * call gives, for every input and region: the oracle below is the rule as it was written before the fast path.
 * Inputs: every country's example numbers with digits changed, added or removed (the cases where countries sharing
 * a calling code disagree), numbers built from every calling code, and arbitrary phone-like text. The last case
 * checks the built package, which bundles the library from its ES6-only build, against the same oracle.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import '../support/fast-check-seed';
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import metadata from 'libphonenumber-js/min/metadata';
import { normalizePhone } from '../../src/destinations/pinterest_capi/normalize';

function reference(value: string, country?: string, defaultCountry?: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const toRegion = (c?: string) =>
    c && (getCountries() as string[]).includes(c.toUpperCase())
      ? (c.toUpperCase() as CountryCode)
      : undefined;
  const region = toRegion(country) ?? toRegion(defaultCountry);
  if (v.startsWith('+') || region) {
    try {
      const parsed = parsePhoneNumberFromString(v, region);
      if (parsed && parsed.isPossible()) return parsed.number.slice(1);
    } catch {
      // as the rule: fall through
    }
  }
  const digits = v.replace(/\D+/g, '').replace(/^0+/, '');
  return digits.length >= 7 ? digits : undefined;
}

const COUNTRIES = getCountries();
const CODES = Object.keys(metadata.country_calling_codes);
const SHARED = CODES.filter((c) => (metadata.country_calling_codes[c]?.length ?? 0) > 1);
const EXAMPLES = Object.entries(examples) as [CountryCode, string][];

const region = fc.oneof(
  fc.constantFrom(...COUNTRIES),
  fc.constantFrom(...COUNTRIES).map((c) => c.toLowerCase()),
  fc.constantFrom(undefined, '', 'XX', 'zz'),
);
const digit = fc.constantFrom(...'0123456789'.split(''));
const digits = (min: number, max: number) =>
  fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(''));

/** An example number changed: a digit replaced, digits added or removed at the end, or kept as it is. */
const mutated = fc
  .tuple(
    fc.constantFrom(...EXAMPLES),
    fc.integer({ min: 0, max: 20 }),
    digit,
    fc.integer({ min: -4, max: 4 }),
    digits(0, 4),
  )
  .map(([[country, national], at, d, cut, extra]) => {
    let n = national;
    if (at < n.length) n = n.slice(0, at) + d + n.slice(at + 1);
    n = cut < 0 ? n.slice(0, Math.max(1, n.length + cut)) : n + extra.slice(0, cut);
    return { country, national: n };
  });

const written = (cc: string, national: string, style: number): string =>
  [
    `+${cc}${national}`,
    `+${cc} ${national.slice(0, 3)} ${national.slice(3)}`,
    `+${cc} (${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`,
    national,
    `0${national}`,
    `00${cc}${national}`,
    `011 ${cc} ${national}`,
    `${cc}${national}`,
  ][style] as string;

const agree = (value: string, country?: string, defaultCountry?: string) =>
  expect([value, country, defaultCountry, normalizePhone(value, country, defaultCountry)]).toEqual([
    value,
    country,
    defaultCountry,
    reference(value, country, defaultCountry),
  ]);

it('example numbers of every country, changed, in every way of writing them, in every region', () => {
  fc.assert(
    fc.property(
      mutated,
      fc.integer({ min: 0, max: 7 }),
      region,
      region,
      ({ country, national }, style, r, d) => {
        const cc = metadata.countries[country]?.[0] as string;
        agree(written(cc, national, style), r, d);
        agree(written(cc, national, style), country);
      },
    ),
    { numRuns: 5000 },
  );
});

it('numbers of every length under every calling code shared by several countries, in each of its countries', () => {
  for (const cc of SHARED) {
    for (const country of metadata.country_calling_codes[cc] ?? []) {
      for (let length = 1; length <= 17; length += 1) {
        const national = '2345678901234567890'.slice(0, length);
        agree(`+${cc}${national}`);
        agree(`+${cc}${national}`, country);
        agree(national, country);
      }
    }
  }
});

it('numbers built from any calling code and digits, and phone-like text', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc
          .tuple(fc.constantFrom(...CODES), digits(0, 17), fc.integer({ min: 0, max: 7 }))
          .map(([cc, n, s]) => written(cc, n, s)),
        fc.string({ unit: fc.constantFrom(...'+0123456789 ()-./x#ext;tel:'.split('')), maxLength: 30 }),
        fc.string({ maxLength: 20 }),
      ),
      region,
      region,
      (value, r, d) => agree(value, r, d),
    ),
    { numRuns: 5000 },
  );
});

// The built package bundles libphonenumber-js from its ES6-only build instead (scripts/build.mjs): a phone rule
// run through dist/ must hash what the reference gives, for the same kinds of numbers.
it('the built package (dist/, libphonenumber-js bundled from its ES6 build) hashes phones as the reference', () => {
  const built = require('../../dist/index.js') as typeof import('../../src');
  const samples = fc.sample(fc.tuple(mutated, fc.integer({ min: 0, max: 7 }), fc.boolean()), {
    numRuns: 2000,
    seed: 7,
  });
  const now = Date.parse('2026-12-01T12:00:00.000Z');
  const hashed = (value: string) => createHash('sha256').update(value).digest('hex');
  for (const [{ country, national }, style, withCountry] of samples) {
    const phone = written(metadata.countries[country]?.[0] as string, national, style);
    const [request] = built.processSync(
      {
        message: {
          type: 'track',
          event: 'Order Completed',
          messageId: 'm-1',
          timestamp: '2026-12-01T11:59:00.000Z',
          context: {
            ip: '203.0.113.7',
            userAgent: 'Mozilla/5.0',
            traits: { phone, ...(withCountry ? { address: { country } } : {}) },
          },
        },
        metadata: { jobId: 1 },
        destination: { ID: 'd', Config: { adAccountId: '549755885175', accessToken: 't' } },
      } as never,
      now,
    ) as { body: { JSON: { data: { user_data: { ph?: string[] } }[] } } }[];
    const expected = reference(phone, withCountry ? country : undefined);
    expect([phone, withCountry && country, request?.body.JSON.data[0]?.user_data.ph]).toEqual([
      phone,
      withCountry && country,
      expected === undefined ? undefined : [hashed(expected)],
    ]);
  }
});
