// Phone normalisation: E.164 digits without "+" (Pinterest: "only digits with country code ... no leading zeros").
// The built package bundles libphonenumber-js/core's ES6-only build in its place (scripts/build.mjs).
import {
  isSupportedCountry as supportedIn,
  parsePhoneNumberFromString as parseWith,
  PhoneNumber,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

const toRegion = (country?: string): CountryCode | undefined => {
  if (!country) return undefined;
  const c = country.toUpperCase();
  return supportedIn(c as CountryCode, metadata) ? (c as CountryCode) : undefined;
};

// Speed (SPEC §14), same results: where countries share a calling code (+1: 25 of them), libphonenumber works out
// which one a number belongs to by trying each country's number patterns (a RegExp built per pattern and call).
// E.164 and the national number do not depend on that country; only isPossible() does, through the country's
// possible lengths. So the number is first parsed with the same metadata in which each calling code lists only its
// main country, and that answer is kept when every country of the calling code agrees on whether a national number
// of that length is possible; otherwise it is parsed again the usual way. (test/unit/phone-fast-path.test.ts)
const MAIN_ONLY: MetadataJson = {
  ...metadata,
  country_calling_codes: Object.fromEntries(
    Object.entries(metadata.country_calling_codes).map(([code, countries]) => [code, countries.slice(0, 1)]),
  ),
};

/** Per calling code and national number length: every country sharing the code says the same about isPossible(). */
const agreement = new Map<string, Map<number, boolean>>();

function lengthsAgree(callingCode: string, length: number): boolean {
  const countries = metadata.country_calling_codes[callingCode];
  if (countries === undefined || countries.length <= 1) return true;
  let byLength = agreement.get(callingCode);
  if (byLength === undefined) agreement.set(callingCode, (byLength = new Map()));
  let agrees = byLength.get(length);
  if (agrees === undefined) {
    // isPossible() reads only the national number's length and the country's possible lengths.
    const e164 = `+${callingCode}${'1'.repeat(length)}`;
    const possible = (c: string) => {
      const n = new PhoneNumber(e164, metadata);
      n.country = c as CountryCode;
      return n.isPossible();
    };
    const first = possible(countries[0] as string);
    agrees = countries.every((c) => possible(c) === first);
    byLength.set(length, agrees);
  }
  return agrees;
}

/** What `parsePhoneNumberFromString(v, region)` of libphonenumber-js/min gives: E.164 when possible, else undefined. */
function possibleE164(v: string, region: CountryCode | undefined): string | undefined {
  const quick = region ? parseWith(v, region, MAIN_ONLY) : parseWith(v, MAIN_ONLY);
  if (quick === undefined) return undefined;
  if (lengthsAgree(quick.countryCallingCode, quick.nationalNumber.length))
    return quick.isPossible() ? quick.number : undefined;
  const parsed = region ? parseWith(v, region, metadata) : parseWith(v, metadata);
  return parsed && parsed.isPossible() ? parsed.number : undefined;
}

/** `country` is the event's address country, `defaultCountry` the config's `defaultPhoneCountry` (alpha-2). */
export function normalizePhone(value: string, country?: string, defaultCountry?: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const region = toRegion(country) ?? toRegion(defaultCountry);
  if (v.startsWith('+') || region) {
    try {
      const e164 = possibleE164(v, region);
      if (e164 !== undefined) return e164.slice(1);
    } catch {
      // fall through to the digits-only rule
    }
  }
  const digits = v.replace(/\D+/g, '').replace(/^0+/, '');
  return digits.length >= 7 ? digits : undefined;
}
