/**
 * The per-user memo of hashed values (SPEC §14, speed/identity.ts): whatever order users, values and regions come
 * in, a hashed key gets what hashing that value afresh gives, and no list is shared between events.
 */
import fc from 'fast-check';
import '../support/fast-check-seed';
import { process as processEvent } from '../../src';
import { countryCode, hashByRule } from '../../src/destinations/pinterest_capi/speed';
import { IdentityMemo } from '../../src/destinations/pinterest_capi/speed/identity';
import type { NormalizeContext } from '../../src/destinations/pinterest_capi/normalize';

const ROWS = 4;
// Few values and regions, so that users, rows and regions collide often.
const raw = fc.constantFrom('a', 'b', 'ab', '');
const region = fc.record({
  country: fc.constantFrom('us', 'us', 'gb', undefined),
  defaultPhoneCountry: fc.constantFrom(undefined, undefined, 'GB'),
});
// One event: its region and, per row in table order, a raw value or none (the row's source is absent).
const event = fc.record({
  ctx: region,
  raws: fc.array(fc.option(raw, { nil: undefined }), { minLength: ROWS, maxLength: ROWS }),
});

// A pure hashed row: its result names the row, the value and the region; the empty string hashes to nothing.
const rowFn =
  (row: number) =>
  (value: string, ctx: NormalizeContext): string[] | undefined =>
    value === '' ? undefined : [`${row}|${value}|${ctx.country}|${ctx.defaultPhoneCountry}`];
const FNS = Array.from({ length: ROWS }, (_, row) => rowFn(row));

it('gives what the row gives for every value, region and order of events, with eviction', () => {
  fc.assert(
    fc.property(fc.array(event, { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (events, size) => {
      const memo = new IdentityMemo(ROWS, size);
      const given = new Set<unknown>();
      for (const { ctx, raws } of events) {
        memo.begin();
        raws.forEach((value, row) => {
          if (value === undefined) return;
          const got = memo.hash(row, value, ctx, FNS[row] as (typeof FNS)[number]);
          expect(got).toEqual(FNS[row]?.(value, ctx));
          if (got !== undefined) {
            expect(given.has(got)).toBe(false);
            given.add(got);
          }
        });
      }
    }),
  );
});

it('gives a fresh list on every hit (a host may change one event’s list)', () => {
  const memo = new IdentityMemo(1, 10);
  const lists = [1, 2, 3].map(() => {
    memo.begin();
    return memo.hash(0, 'a', {}, rowFn(0));
  });
  expect(new Set(lists).size).toBe(3);
  (lists[0] as string[]).push('changed');
  memo.begin();
  expect(memo.hash(0, 'a', {}, rowFn(0))).toEqual(['0|a|undefined|undefined']);
});

it('does not let one row’s value find an entry another row’s equal value made', () => {
  const memo = new IdentityMemo(2, 10);
  const ctx = { country: 'us' };
  memo.begin();
  expect(memo.hash(0, 'same', ctx, rowFn(0))).toEqual(['0|same|us|undefined']);
  expect(memo.hash(1, 'other', ctx, rowFn(1))).toEqual(['1|other|us|undefined']);
  memo.begin();
  // Row 0 absent: row 1's value is the first one, and equals the string that keys the entry above.
  expect(memo.hash(1, 'same', ctx, rowFn(1))).toEqual(['1|same|us|undefined']);
});

describe('through process: user_data of a stream of events sharing values', () => {
  const NOW = Date.parse('2026-01-15T12:00:00.000Z');
  beforeAll(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterAll(() => jest.restoreAllMocks());

  const person = fc.record({
    email: fc.constantFrom('Ann@Example.com', 'bob@example.com', ' ann@example.com'),
    phone: fc.constantFrom('020 7946 0958', '(415) 555-0123', '+1 415 555 0199'),
    firstName: fc.constantFrom('Ann', 'Bob', 'ann'),
    postalCode: fc.constantFrom('941051234', 'SW1A 1AA'),
    country: fc.constantFrom('United States', 'GB', 'gb', 'Nowhere'),
  });

  it('every hashed key equals the rule hasher’s result for that event’s value and region', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 12 }), async (people) => {
        for (const [i, p] of people.entries()) {
          const [request] = await processEvent({
            message: {
              type: 'track',
              event: 'Product Added',
              messageId: `m-${i}`,
              anonymousId: 'a-1',
              timestamp: '2026-01-15T11:00:00Z',
              context: {
                traits: { email: p.email, phone: p.phone, firstName: p.firstName },
                address: {},
              },
              traits: { address: { postalCode: p.postalCode, country: p.country } },
            },
            metadata: { jobId: i + 1 },
            destination: {
              ID: 'memo',
              Config: { adAccountId: '549755885175', accessToken: 'memo-token' },
            } as never,
          });
          const userData = request?.body.JSON.data[0]?.user_data as Record<string, unknown> | undefined;
          const ctx = { country: countryCode(p.country) };
          const one = (h: string | undefined) => (h === undefined ? undefined : [h]);
          expect(userData?.em).toEqual(one(hashByRule(p.email, 'email', ctx)));
          expect(userData?.ph).toEqual(one(hashByRule(p.phone, 'phone', ctx)));
          expect(userData?.fn).toEqual(one(hashByRule(p.firstName, 'name', ctx)));
          expect(userData?.zp).toEqual(one(hashByRule(p.postalCode, 'postcode', ctx)));
          expect(userData?.country).toEqual(one(hashByRule(p.country, 'country', ctx)));
        }
      }),
      { numRuns: 50 },
    );
  });
});
