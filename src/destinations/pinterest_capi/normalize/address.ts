// Address normalisers: state/province, postcode and country, to the forms Pinterest hashes.
import countries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import { iso31662 } from 'iso-3166';

countries.registerLocale(en);

/** Case- and accent-insensitive key for looking names up. */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const COUNTRY_BY_NAME = new Map<string, string>();
for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) COUNTRY_BY_NAME.set(fold(name), alpha2.toLowerCase());
}

// Pinterest: country is the "two-character ISO-3166 country code ..., in lowercase".
export function normalizeCountry(value: string): string | undefined {
  const v = value.trim();
  if (v.length === 2 && countries.isValid(v)) return v.toLowerCase();
  if (v.length === 3 && /^[a-z]{3}$/i.test(v)) {
    const alpha2 = countries.alpha3ToAlpha2(v.toUpperCase());
    if (alpha2) return alpha2.toLowerCase();
  }
  return COUNTRY_BY_NAME.get(fold(v));
}

// Pinterest matches US states and Canadian provinces by their two-letter codes.
const STATE_BY_NAME = new Map<string, string>(
  iso31662
    .filter((s) => s.parent === 'US' || s.parent === 'CA')
    .map((s) => [fold(s.name), s.code.slice(3).toLowerCase()]),
);

export function normalizeState(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const code = STATE_BY_NAME.get(fold(v));
  if (code) return code;
  const letters = v.replace(/[^\p{L}]+/gu, '');
  return letters === '' ? undefined : letters;
}

const US_ZIP_PLUS4 = /^\d{5}-\d{4}$/;

// Pinterest: US zip codes are the first five digits; other postcodes lowercase without spaces or hyphens.
export function normalizePostcode(value: string, country?: string): string | undefined {
  const v = value.trim();
  const compact = v.toLowerCase().replace(/[\s-]+/g, '');
  if (compact === '') return undefined;
  if (US_ZIP_PLUS4.test(v) || country?.toLowerCase() === 'us') {
    const digits = compact.replace(/\D+/g, '');
    return digits === '' ? compact : digits.slice(0, 5);
  }
  return compact;
}
