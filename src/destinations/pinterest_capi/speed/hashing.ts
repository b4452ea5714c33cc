// Normalise-and-hash by §7 rule, cached: the same raw value hashes to the same result across events (SPEC §7, §14).
import QuickLRU from 'quick-lru';
import { COUNTRY_DEPENDENT, RULES, type NormalizeContext, type Rule } from '../normalize';
import { hashNormalized, isSha256Hex } from '../normalize/hash';
import { CACHE_SIZES } from './caches';

/** One rule's cached normalise-and-hash of one raw value; undefined when it normalises to nothing. */
export type Hasher = (raw: string, ctx: NormalizeContext) => string | undefined;

function compute(raw: string, rule: Rule, ctx: NormalizeContext): string | undefined {
  const trimmed = raw.trim();
  // Pinterest: a value that already is a SHA-256 hex digest was hashed by the sender; pass it through lowercased.
  const normalized = isSha256Hex(trimmed) ? trimmed : RULES[rule](trimmed, ctx);
  return normalized === undefined ? undefined : hashNormalized(normalized);
}

/** A country-dependent result, with the region it was computed for. */
interface Regional {
  country: string | undefined;
  defaultPhoneCountry: string | undefined;
  /** "" when the value normalised to nothing. */
  hash: string;
}

// One cache per rule, keyed by the raw value itself (no key string built per event); nothing-results are cached
// as "". A country-dependent rule's entry remembers its region and counts as a hit only for that region: a user's
// phone is seen with one address country, so keeping one region per value loses nothing.
function plainHasher(rule: Rule): Hasher {
  const cache = new QuickLRU<string, string>({ maxSize: CACHE_SIZES.hashPerRule });
  return (raw, ctx) => {
    let hit = cache.get(raw);
    if (hit === undefined) {
      hit = compute(raw, rule, ctx) ?? '';
      cache.set(raw, hit);
    }
    return hit === '' ? undefined : hit;
  };
}

function regionalHasher(rule: Rule): Hasher {
  const cache = new QuickLRU<string, Regional>({ maxSize: CACHE_SIZES.hashPerRule });
  return (raw, ctx) => {
    let hit = cache.get(raw);
    if (
      hit === undefined ||
      hit.country !== ctx.country ||
      hit.defaultPhoneCountry !== ctx.defaultPhoneCountry
    ) {
      hit = {
        country: ctx.country,
        defaultPhoneCountry: ctx.defaultPhoneCountry,
        hash: compute(raw, rule, ctx) ?? '',
      };
      cache.set(raw, hit);
    }
    return hit.hash === '' ? undefined : hit.hash;
  };
}

const HASHERS = Object.fromEntries(
  (Object.keys(RULES) as Rule[]).map((rule) => [
    rule,
    COUNTRY_DEPENDENT.has(rule) ? regionalHasher(rule) : plainHasher(rule),
  ]),
) as Readonly<Record<Rule, Hasher>>;

/** The cached hasher of one rule (resolve it once, where the rule is known, rather than per value). */
export const hasherFor = (rule: Rule): Hasher => HASHERS[rule];

// Values that identify one user, seldom shared between users. Under the per-user memo (identity.ts), which looks
// them up once per user, a cache per value would only add lookups in big maps for every user not seen before.
const PER_USER: ReadonlySet<Rule> = new Set<Rule>(['email', 'phone', 'name', 'id', 'maid']);

/** The hasher for a row whose string values go through the per-user memo: uncached for per-user rules. */
export const memoHasherFor = (rule: Rule): Hasher =>
  PER_USER.has(rule) ? (raw, ctx) => compute(raw, rule, ctx) : HASHERS[rule];

/** Normalise and hash one raw value by rule; undefined when it normalises to nothing. */
export const hashByRule = (raw: string, rule: Rule, ctx: NormalizeContext): string | undefined =>
  HASHERS[rule](raw, ctx);

const countries = new QuickLRU<string, string>({ maxSize: CACHE_SIZES.countries });
// Most events of a stream carry the same address country: the last one is checked first, by string comparison.
let lastRaw: string | undefined;
let lastCode = '';

/** A country as written → alpha-2 lowercase (the country rule), cached; undefined when it is no country. */
export function countryCode(raw: string): string | undefined {
  if (raw !== lastRaw) {
    let code = countries.get(raw);
    if (code === undefined) {
      code = RULES.country(raw.trim()) ?? '';
      countries.set(raw, code);
    }
    lastRaw = raw;
    lastCode = code;
  }
  return lastCode === '' ? undefined : lastCode;
}
