// The §7 normalisers by rule name, so mapping tables can name a rule instead of a function.
import { normalizeCountry, normalizePostcode, normalizeState } from './address';
import { normalizeDate } from './date';
import { normalizeEmail } from './email';
import { normalizePhone } from './phone';
import { normalizeCity, normalizeGender, normalizeId, normalizeMaid, normalizeName } from './text';

export {
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
};

/** What a normaliser may know about the event besides the value: its address country and the config's phone region. */
export interface NormalizeContext {
  country?: string;
  defaultPhoneCountry?: string;
}

export type Normalizer = (value: string, ctx: NormalizeContext) => string | undefined;

export const RULES = {
  email: (v) => normalizeEmail(v),
  phone: (v, c) => normalizePhone(v, c.country, c.defaultPhoneCountry),
  name: (v) => normalizeName(v),
  gender: (v) => normalizeGender(v),
  date: (v) => normalizeDate(v),
  city: (v) => normalizeCity(v),
  state: (v) => normalizeState(v),
  postcode: (v, c) => normalizePostcode(v, c.country),
  country: (v) => normalizeCountry(v),
  id: (v) => normalizeId(v),
  maid: (v) => normalizeMaid(v),
} satisfies Record<string, Normalizer>;

export type Rule = keyof typeof RULES;

/** Rules whose result depends on the event's country, so their cache key must include it. */
export const COUNTRY_DEPENDENT: ReadonlySet<Rule> = new Set<Rule>(['phone', 'postcode']);
