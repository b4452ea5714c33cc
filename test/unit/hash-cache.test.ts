/**
 * The cached hashers (SPEC §7, §14): a cache hit gives what hashing afresh gives, also for the country-dependent
 * rules (phone, postcode), whose cache entries must not leak one region's result into another region's event.
 * Expected values are SHA-256 of the normalised forms that SPEC §7 gives (oracle: node:crypto directly).
 */
import { createHash } from 'node:crypto';

import { hashByRule, hasherFor } from '../../src/destinations/pinterest_capi/speed';

const sha = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

describe('phone: the same national number in different regions', () => {
  // A UK national number: +44 with GB as the region; without any region only the digits-only rule applies.
  const raw = '020 7946 0958';
  const gb = sha('442079460958');
  const none = sha('2079460958');

  it('hashes by the event country, also when the value was cached for another region first', () => {
    expect(hashByRule(raw, 'phone', { country: 'gb' })).toBe(gb);
    expect(hashByRule(raw, 'phone', {})).toBe(none);
    expect(hashByRule(raw, 'phone', { country: 'gb' })).toBe(gb);
    expect(hashByRule(raw, 'phone', { defaultPhoneCountry: 'GB' })).toBe(gb);
    expect(hashByRule(raw, 'phone', {})).toBe(none);
  });

  it('an event country wins over defaultPhoneCountry, cached or not', () => {
    const us = '(415) 555-0123';
    expect(hashByRule(us, 'phone', { country: 'us', defaultPhoneCountry: 'GB' })).toBe(sha('14155550123'));
    expect(hashByRule(us, 'phone', { defaultPhoneCountry: 'GB' })).not.toBe(sha('14155550123'));
    expect(hashByRule(us, 'phone', { country: 'us', defaultPhoneCountry: 'GB' })).toBe(sha('14155550123'));
  });
});

it('postcode: a US event keeps 5 digits, another region keeps the whole postcode, in any order', () => {
  const raw = '941051234';
  expect(hashByRule(raw, 'postcode', {})).toBe(sha('941051234'));
  expect(hashByRule(raw, 'postcode', { country: 'us' })).toBe(sha('94105'));
  expect(hashByRule(raw, 'postcode', {})).toBe(sha('941051234'));
});

it('a value that normalises to nothing stays nothing on a cache hit', () => {
  const email = hasherFor('email');
  expect(email('not-an-email', {})).toBeUndefined();
  expect(email('not-an-email', {})).toBeUndefined();
  expect(email(' Jane.Doe@Example.COM ', {})).toBe(sha('jane.doe@example.com'));
  expect(email(' Jane.Doe@Example.COM ', {})).toBe(sha('jane.doe@example.com'));
});

it('a pre-hashed value is passed through lowercased (SPEC §7), cached or not', () => {
  const digest = sha('jane.doe@example.com');
  expect(hashByRule(digest.toUpperCase(), 'email', {})).toBe(digest);
  expect(hashByRule(digest.toUpperCase(), 'email', {})).toBe(digest);
});
