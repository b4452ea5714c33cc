// Phone normalisation: E.164 digits without "+" (Pinterest: "only digits with country code ... no leading zeros").
import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';

const toRegion = (country?: string): CountryCode | undefined => {
  if (!country) return undefined;
  const c = country.toUpperCase();
  return isSupportedCountry(c) ? (c as CountryCode) : undefined;
};

/** `country` is the event's address country, `defaultCountry` the config's `defaultPhoneCountry` (alpha-2). */
export function normalizePhone(value: string, country?: string, defaultCountry?: string): string | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const region = toRegion(country) ?? toRegion(defaultCountry);
  if (v.startsWith('+') || region) {
    try {
      const parsed = parsePhoneNumberFromString(v, region);
      if (parsed && parsed.isPossible()) return parsed.number.slice(1);
    } catch {
      // fall through to the digits-only rule
    }
  }
  const digits = v.replace(/\D+/g, '').replace(/^0+/, '');
  return digits.length >= 7 ? digits : undefined;
}
