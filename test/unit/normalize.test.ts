/**
 * Unit tests for the per-key normalisers and the hashing helpers (SPEC §6.2, §7).
 *
 * Expectations come from SPEC §7 (rule text, example column and test vectors), never from running the code.
 * Rows marked `// §7` are the spec's own examples. Rows marked `// decision:` cover a detail the spec
 * leaves open; the comment says what we chose and why.
 */
import { createHash } from 'node:crypto';

import {
  normalizeCity,
  normalizeCountry,
  normalizeDate,
  normalizeEmail,
  normalizeGender,
  normalizeId,
  normalizeMaid,
  normalizeName,
  normalizePhone,
  normalizePostcode,
  normalizeState,
} from '../../src/destinations/pinterest_capi/normalize';
import { hashNormalized, sha256Hex } from '../../src/destinations/pinterest_capi/normalize/hash';

type Row = [input: string, expected: string | undefined];

/** Independent oracle, used only for rows that are not in the SPEC §7 vector table. */
const oracleSha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

const HEX64 = /^[0-9a-f]{64}$/;

describe('normalizeEmail (§7 email: trim, lowercase; exactly one @ with text on both sides)', () => {
  it.each<Row>([
    // §7
    [' Jane.Doe@Example.COM ', 'jane.doe@example.com'],
    ['jane.doe@example.com', 'jane.doe@example.com'],
    ['JANE+Tag@Sub.Example.CO.UK', 'jane+tag@sub.example.co.uk'],
    ['\tjane@example.com\n', 'jane@example.com'],
    ['Jörg@Example.DE', 'jörg@example.de'],
  ])('%p → %p', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each<Row>([
    ['jane.doe', undefined], // no @
    ['jane.doe.example.com', undefined], // no @
    ['@example.com', undefined], // nothing before @
    ['jane@', undefined], // nothing after @
    ['@', undefined],
    ['  @  ', undefined], // only whitespace around @ → nothing on either side after trim
    ['jane@@example.com', undefined], // two @
    ['a@b@example.com', undefined], // two @
    ['', undefined],
    ['   ', undefined],
  ])('%p → %p', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});

describe('normalizePhone (§7 phone: libphonenumber E.164 digits, else digits-only fallback ≥ 7)', () => {
  type PhoneRow = [
    value: string,
    country: string | undefined,
    defaultCountry: string | undefined,
    expected: string | undefined,
  ];

  describe('parsed as a possible number → E.164 digits without "+"', () => {
    it.each<PhoneRow>([
      // §7
      ['+1 (650) 555-1212', undefined, undefined, '16505551212'],
      // §7
      ['(415) 555-0123', 'US', undefined, '14155550123'],
      ['+16505551212', undefined, undefined, '16505551212'],
      ['16505551212', 'US', undefined, '16505551212'],
      // the event country is accepted in any case
      ['(415) 555-0123', 'us', undefined, '14155550123'],
      // '+' numbers are used as is: the event country does not apply
      ['+44 20 7946 0958', 'US', undefined, '442079460958'],
      ['+44 20 7946 0958', undefined, undefined, '442079460958'],
      ['+44 7911 123456', undefined, undefined, '447911123456'],
      // UK national number with a GB event country
      ['020 7946 0958', 'GB', undefined, '442079460958'],
      ['020 7946 0958', 'gb', undefined, '442079460958'],
      ['0044 20 7946 0958', 'GB', undefined, '442079460958'],
      ['030 1234567', 'DE', undefined, '49301234567'],
      // E.164 has no extension: the extension is dropped
      ['+1 650-555-1212 ext. 123', undefined, undefined, '16505551212'],
    ])('%p (country %p, default %p) → %p', (value, country, defaultCountry, expected) => {
      expect(normalizePhone(value, country, defaultCountry)).toBe(expected);
    });
  });

  describe('defaultPhoneCountry', () => {
    it.each<PhoneRow>([
      ['(415) 555-0123', undefined, 'US', '14155550123'],
      ['020 7946 0958', undefined, 'GB', '442079460958'],
      // decision: defaultPhoneCountry is accepted in any case, like the event country
      ['(415) 555-0123', undefined, 'us', '14155550123'],
      // the event's address country wins over defaultPhoneCountry
      ['(415) 555-0123', 'US', 'GB', '14155550123'],
      ['020 7946 0958', 'GB', 'US', '442079460958'],
      // decision: an event country that is no known region counts as absent, so defaultPhoneCountry applies
      ['(415) 555-0123', 'ZZ', 'US', '14155550123'],
    ])('%p (country %p, default %p) → %p', (value, country, defaultCountry, expected) => {
      expect(normalizePhone(value, country, defaultCountry)).toBe(expected);
    });
  });

  describe('fallback: digits only, leading zeros stripped, kept if ≥ 7 digits', () => {
    it.each<PhoneRow>([
      // §7 (no country: parsing fails; "00" prefix stripped as leading zeros)
      ['0044 20 7946 0958', undefined, undefined, '442079460958'],
      // national number without any country → digits only
      ['(415) 555-0123', undefined, undefined, '4155550123'],
      ['020 7946 0958', undefined, undefined, '2079460958'],
      ['00 1 650 555 1212', undefined, undefined, '16505551212'],
      // parsed with US but not a possible US number → fallback digits, leading zero stripped
      ['020 7946 0958', 'US', undefined, '2079460958'],
      // '+' number that is not possible (too short for +1) but still ≥ 7 digits → digits kept
      ['+1 650 555 12', undefined, undefined, '165055512'],
      // exactly 7 digits is enough
      ['1234567', undefined, undefined, '1234567'],
      ['123-4567', undefined, undefined, '1234567'],
    ])('%p (country %p, default %p) → %p', (value, country, defaultCountry, expected) => {
      expect(normalizePhone(value, country, defaultCountry)).toBe(expected);
    });
  });

  describe('omitted', () => {
    it.each<PhoneRow>([
      ['123456', undefined, undefined, undefined], // 6 digits
      ['12345', undefined, undefined, undefined],
      ['+1 234', undefined, undefined, undefined],
      // leading zeros are stripped before counting: 0001234 → 1234
      ['000 1234', undefined, undefined, undefined],
      // letters only / letters with too few digits
      ['not a phone', undefined, undefined, undefined],
      ['n/a', undefined, 'US', undefined],
      ['CALL-ME-NOW', 'US', undefined, undefined],
      ['abc1234', undefined, undefined, undefined],
      ['', undefined, undefined, undefined],
      ['   ', 'US', 'US', undefined],
    ])('%p (country %p, default %p) → %p', (value, country, defaultCountry, expected) => {
      expect(normalizePhone(value, country, defaultCountry)).toBe(expected);
    });
  });
});

describe('normalizeName (§7 name: trim, lowercase, Unicode kept)', () => {
  it.each<Row>([
    // §7
    [' John ', 'john'],
    ['JOHN', 'john'],
    ['José', 'josé'],
    ['ZOË', 'zoë'],
    ['Łukasz', 'łukasz'],
    // the rule is trim + lowercase only: inner punctuation and spaces are kept
    ['Mary-Jane', 'mary-jane'],
    ["O'Brien", "o'brien"],
    ['Mary Ann', 'mary ann'],
    ['', undefined],
    ['   ', undefined],
  ])('%p → %p', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('normalizeGender (§7 gender: f / m / n, any case, anything else omitted)', () => {
  it.each<Row>([
    // §7
    ['Female', 'f'],
    ['F', 'f'],
    ['f', 'f'],
    ['female', 'f'],
    ['FEMALE', 'f'],
    ['woman', 'f'],
    ['Woman', 'f'],
    // decision: surrounding whitespace is trimmed before matching
    [' Female ', 'f'],
  ])('%p → f', (input, expected) => {
    expect(normalizeGender(input)).toBe(expected);
  });

  it.each<Row>([
    ['M', 'm'],
    ['m', 'm'],
    ['male', 'm'],
    ['Male', 'm'],
    ['man', 'm'],
    ['MAN', 'm'],
  ])('%p → m', (input, expected) => {
    expect(normalizeGender(input)).toBe(expected);
  });

  it.each<Row>([
    ['n', 'n'],
    ['N', 'n'],
    ['non-binary', 'n'],
    ['Non-Binary', 'n'],
    ['nonbinary', 'n'],
    ['NONBINARY', 'n'],
    ['non binary', 'n'],
    ['Non Binary', 'n'],
  ])('%p → n', (input, expected) => {
    expect(normalizeGender(input)).toBe(expected);
  });

  it.each<Row>([
    ['other', undefined],
    ['Other', undefined],
    ['unknown', undefined],
    ['x', undefined],
    ['fem', undefined],
    ['males', undefined],
    ['non_binary', undefined],
    ['', undefined],
    ['   ', undefined],
  ])('%p → omitted', (input, expected) => {
    expect(normalizeGender(input)).toBe(expected);
  });
});

describe('normalizeDate (§7 date: YYYYMMDD; invalid dates omitted)', () => {
  type DateRow = [input: string | Date, expected: string | undefined];

  it.each<DateRow>([
    // §7
    ['1990-05-17', '19900517'],
    ['1990/05/17', '19900517'],
    ['19900517', '19900517'],
    ['1990-05-17T10:00:00Z', '19900517'],
    ['1990-05-17T10:00:00.000Z', '19900517'],
    ['1992-02-29', '19920229'], // leap day in a leap year
    ['2000-01-01', '20000101'],
    // decision: surrounding whitespace is trimmed
    [' 1990-05-17 ', '19900517'],
    // decision: a date-time string keeps the calendar date as written (a birthday is not shifted to UTC)
    ['1990-05-17T23:30:00-05:00', '19900517'],
    [new Date('1990-05-17T12:00:00Z'), '19900517'],
    // decision: a Date object is read in UTC (as JSON serialises it), independent of the host time zone
    [new Date('1990-05-17T00:00:00Z'), '19900517'],
  ])('%p → %p', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each<DateRow>([
    ['1990-13-45', undefined], // month 13, day 45
    ['1990-02-30', undefined], // no Feb 30 (must not roll over to March)
    ['1991-02-29', undefined], // not a leap year
    ['1990-00-10', undefined], // month 0
    ['1990-05-00', undefined], // day 0
    ['19901345', undefined],
    ['1990/13/01', undefined],
    ['hello', undefined],
    // decision: a partial date (no day) is not a date of birth
    ['1990-05', undefined],
    // not a listed format (DD/MM/YYYY is ambiguous with MM/DD/YYYY), and not a valid date either way
    ['17/05/1990', undefined],
    ['', undefined],
    ['   ', undefined],
    [new Date(Number.NaN), undefined],
  ])('%p → omitted', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('normalizeCity (§7 city: lowercase, letters and digits only, Unicode letters kept)', () => {
  it.each<Row>([
    // §7
    ['New York', 'newyork'],
    // §7
    ['San Francisco', 'sanfrancisco'],
    ['São Paulo', 'sãopaulo'],
    ['St. Louis', 'stlouis'],
    ['Winston-Salem', 'winstonsalem'],
    [" Coeur d'Alene ", 'coeurdalene'],
    ['MÜNCHEN', 'münchen'],
    ['Zürich', 'zürich'],
    ['東京', '東京'],
    ['Paris 75001', 'paris75001'], // digits are kept
    ['', undefined],
    ['   ', undefined],
    ['-.,', undefined], // punctuation only → nothing left
  ])('%p → %p', (input, expected) => {
    expect(normalizeCity(input)).toBe(expected);
  });
});

describe('normalizeState (§7 state: US/CA names → 2-letter code, else letters only)', () => {
  describe('2-letter codes', () => {
    it.each<Row>([
      // §7
      [' CA ', 'ca'],
      ['NY', 'ny'],
      ['ny', 'ny'],
      ['TX', 'tx'],
      ['ON', 'on'],
      ['qc', 'qc'],
    ])('%p → %p', (input, expected) => {
      expect(normalizeState(input)).toBe(expected);
    });
  });

  describe('US state names', () => {
    it.each<Row>([
      // §7
      ['New York', 'ny'],
      ['new york', 'ny'],
      ['NEW YORK', 'ny'],
      ['California', 'ca'],
      ['california', 'ca'],
      ['Texas', 'tx'],
      ['Washington', 'wa'],
      ['Virginia', 'va'],
      ['West Virginia', 'wv'],
      ['North Carolina', 'nc'],
      [' Massachusetts ', 'ma'],
      // decision: the District of Columbia is mapped like a state
      ['District of Columbia', 'dc'],
    ])('%p → %p', (input, expected) => {
      expect(normalizeState(input)).toBe(expected);
    });
  });

  describe('Canadian province names', () => {
    it.each<Row>([
      ['Québec', 'qc'],
      ['Quebec', 'qc'],
      ['QUÉBEC', 'qc'],
      ['British Columbia', 'bc'],
      ['Ontario', 'on'],
      ['Alberta', 'ab'],
      ['Nova Scotia', 'ns'],
      ['Prince Edward Island', 'pe'],
      ['Newfoundland and Labrador', 'nl'],
      // decision: Canadian territories are mapped like provinces
      ['Yukon', 'yt'],
    ])('%p → %p', (input, expected) => {
      expect(normalizeState(input)).toBe(expected);
    });
  });

  describe('unknown names → letters only, lowercase', () => {
    it.each<Row>([
      ['Bavaria', 'bavaria'],
      ['Greater London', 'greaterlondon'],
      ['N.S.W.', 'nsw'],
      // letters only: digits are dropped too (unlike city)
      ['Region 5', 'region'],
      // decision: "letters" means Unicode letters, as for city
      ['Baden-Württemberg', 'badenwürttemberg'],
      ['', undefined],
      ['   ', undefined],
      ['12', undefined], // no letters → nothing left
    ])('%p → %p', (input, expected) => {
      expect(normalizeState(input)).toBe(expected);
    });
  });
});

describe('normalizePostcode (§7 postcode: lowercase, no spaces/hyphens; US → first 5 digits)', () => {
  type PostcodeRow = [value: string, country: string | undefined, expected: string | undefined];

  describe('US (country us, or the 12345-6789 form)', () => {
    it.each<PostcodeRow>([
      // §7
      ['10001-1234', undefined, '10001'],
      ['10001', 'US', '10001'],
      ['10001', 'us', '10001'],
      ['10001', undefined, '10001'],
      [' 10001 ', undefined, '10001'],
      ['10001-1234', 'US', '10001'],
      ['941051234', 'US', '94105'],
      ['94105 1234', 'US', '94105'],
      ['02134-1234', undefined, '02134'], // leading zero kept (a string, not a number)
      // no country and not the 12345-6789 form: nothing marks it as US, so only spaces/hyphens are removed
      ['941051234', undefined, '941051234'],
    ])('%p (country %p) → %p', (value, country, expected) => {
      expect(normalizePostcode(value, country)).toBe(expected);
    });
  });

  describe('non-US', () => {
    it.each<PostcodeRow>([
      // §7
      ['SW1A 1AA', undefined, 'sw1a1aa'],
      ['SW1A 1AA', 'GB', 'sw1a1aa'],
      ['K1A 0B1', 'CA', 'k1a0b1'],
      ['K1A 0B1', undefined, 'k1a0b1'],
      ['k1a0b1', 'ca', 'k1a0b1'],
      ['1234-567', 'PT', '1234567'],
      ['1234-567', 'pt', '1234567'],
      ['1234-567', undefined, '1234567'],
      ['01310-100', 'BR', '01310100'], // 5-3 form is not the US 5-4 form
      ['10115', 'DE', '10115'],
    ])('%p (country %p) → %p', (value, country, expected) => {
      expect(normalizePostcode(value, country)).toBe(expected);
    });
  });

  describe('omitted', () => {
    it.each<PostcodeRow>([
      ['', undefined, undefined],
      ['   ', 'US', undefined],
      [' - ', undefined, undefined],
    ])('%p (country %p) → %p', (value, country, expected) => {
      expect(normalizePostcode(value, country)).toBe(expected);
    });
  });
});

describe('normalizeCountry (§7 country: ISO 3166 alpha-2, lowercase; names and alpha-3 converted)', () => {
  it.each<Row>([
    // §7
    ['US', 'us'],
    ['us', 'us'],
    // §7
    ['United States', 'us'],
    ['United States of America', 'us'],
    ['united states', 'us'],
    ['USA', 'us'],
    // §7
    ['DEU', 'de'],
    ['deu', 'de'],
    // §7
    ['Germany', 'de'],
    ['germany', 'de'],
    ['GB', 'gb'],
    ['United Kingdom', 'gb'],
    ['FRA', 'fr'],
    ['Canada', 'ca'],
    ['CAN', 'ca'],
    // decision: surrounding whitespace is trimmed
    [' US ', 'us'],
    // decision: the common "UK" (not an ISO code) is resolved to gb, as country libraries do by name
    ['UK', 'gb'],
  ])('%p → %p', (input, expected) => {
    expect(normalizeCountry(input)).toBe(expected);
  });

  it.each<Row>([
    ['Narnia', undefined],
    ['ZZ', undefined], // alpha-2 shaped but no country
    ['XX', undefined],
    ['ZZZ', undefined], // alpha-3 shaped but no country
    ['12', undefined],
    ['', undefined],
    ['   ', undefined],
  ])('%p → omitted', (input, expected) => {
    expect(normalizeCountry(input)).toBe(expected);
  });
});

describe('normalizeId (§7 id: trim, case kept)', () => {
  it.each<Row>([
    // §7
    [' anon-123 ', 'anon-123'],
    ['User-ABC', 'User-ABC'],
    ['\tUSER_42\n', 'USER_42'],
    ['a b', 'a b'], // inner whitespace is not touched
    ['', undefined],
    ['   ', undefined],
  ])('%p → %p', (input, expected) => {
    expect(normalizeId(input)).toBe(expected);
  });
});

describe('normalizeMaid (§7 maid: trim, lowercase; all-zero IDFA omitted)', () => {
  it.each<Row>([
    [' 6D92078A-8246-4BA4-AE5B-76104861E7DC ', '6d92078a-8246-4ba4-ae5b-76104861e7dc'],
    ['38400000-8cf0-11bd-b23e-10b96e40000d', '38400000-8cf0-11bd-b23e-10b96e40000d'],
    ['00000000-0000-0000-0000-000000000000', undefined],
    [' 00000000-0000-0000-0000-000000000000 ', undefined],
    ['', undefined],
    ['   ', undefined],
  ])('%p → %p', (input, expected) => {
    expect(normalizeMaid(input)).toBe(expected);
  });
});

/** SPEC §7 test vectors, asserted literally. */
const VECTORS: [normalised: string, sha256: string][] = [
  ['jane.doe@example.com', '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'],
  ['16505551212', 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'],
  ['john', '96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a'],
  ['f', '252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111'],
  ['19900517', '7eaa6e2f3dca12acc11ad21625299f660e38a7510de1e12cf2013dd5274d2926'],
  ['newyork', '350c754ba4d38897693aa077ef43072a859d23f613443133fecbbd90a3512ca5'],
  ['ny', '1b06e2003f8420d6fa42badd8f77ec0f706b976b7a48b13c567dc5a559681683'],
  ['10001', 'e443169117a184f91186b401133b20be670c7c0896f9886075e5d9b81e9d076b'],
  ['us', '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'],
];

describe('sha256Hex (§7: lowercase hex SHA-256 of the UTF-8 string)', () => {
  it.each(VECTORS)('§7 vector %p → %s', (normalised, sha) => {
    expect(sha256Hex(normalised)).toBe(sha);
  });

  it('hashes the empty string to the well-known SHA-256 of nothing', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each(['sãopaulo', 'münchen', '東京', 'jörg@example.de'])('hashes %p as UTF-8', (value) => {
    expect(sha256Hex(value)).toBe(oracleSha256(value));
  });

  it('returns 64 lowercase hex characters, identically for identical inputs', () => {
    const first = sha256Hex('Mixed CASE input');
    expect(first).toMatch(HEX64);
    expect(sha256Hex('Mixed CASE input')).toBe(first);
  });
});

describe('hashNormalized (§7: SHA-256 hex; a 64-hex value is pre-hashed → lowercased, passed through)', () => {
  const upper64 = '86E0B9E56C17CC4D12387E1949B85053FBE73BC3CE5A1188713A9D300CC6133D';
  const lower64 = '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d';

  it.each(VECTORS)('§7 vector %p → %s', (normalised, sha) => {
    expect(hashNormalized(normalised)).toBe(sha);
  });

  it.each<[input: string, expected: string]>([
    [upper64, lower64],
    [lower64, lower64],
    ['86e0B9E56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133D', lower64],
  ])('pre-hashed %p → %p (not hashed again)', (input, expected) => {
    expect(hashNormalized(input)).toBe(expected);
  });

  it.each<[label: string, input: string]>([
    ['63 hex characters', lower64.slice(0, 63)],
    ['63 uppercase hex characters', upper64.slice(0, 63)],
    ['65 hex characters', `${lower64}0`],
    ['64 characters with a non-hex "g"', `g${lower64.slice(1)}`],
  ])('%s → hashed', (_label, input) => {
    const out = hashNormalized(input);
    expect(out).toBe(oracleSha256(input));
    expect(out).toMatch(HEX64);
  });

  it('is idempotent: hashing a hash passes it through', () => {
    const once = hashNormalized('jane.doe@example.com');
    expect(hashNormalized(once)).toBe(once);
  });
});

describe('§7 examples end to end: raw input → normaliser → hashNormalized → §7 vector', () => {
  const sha = (normalised: string): string => {
    const row = VECTORS.find(([n]) => n === normalised);
    if (!row) throw new Error(`no §7 vector for ${normalised}`);
    return row[1];
  };

  it.each<[rule: string, normalise: () => string | undefined, expected: string]>([
    ['email', () => normalizeEmail(' Jane.Doe@Example.COM '), sha('jane.doe@example.com')],
    ['phone', () => normalizePhone('+1 (650) 555-1212'), sha('16505551212')],
    ['name', () => normalizeName(' John '), sha('john')],
    ['gender', () => normalizeGender('Female'), sha('f')],
    ['date', () => normalizeDate('1990-05-17'), sha('19900517')],
    ['city', () => normalizeCity('New York'), sha('newyork')],
    ['state', () => normalizeState('New York'), sha('ny')],
    ['postcode', () => normalizePostcode('10001-1234'), sha('10001')],
    ['country', () => normalizeCountry('United States'), sha('us')],
  ])('%s', (_rule, normalise, expected) => {
    const normalised = normalise();
    expect(normalised).toBeDefined();
    expect(hashNormalized(normalised as string)).toBe(expected);
  });
});
