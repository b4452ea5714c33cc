// Normalise-and-hash by §7 rule, cached: the same raw value hashes to the same result across events (SPEC §7, §14).
import QuickLRU from 'quick-lru';
import { COUNTRY_DEPENDENT, RULES, type NormalizeContext, type Rule } from '../normalize';
import { hashNormalized, isSha256Hex } from '../normalize/hash';
import { CACHE_SIZES } from './caches';

// One cache per rule, so that keys are the raw values themselves; nothing-results are cached as "".
const caches = new Map<Rule, QuickLRU<string, string>>(
  (Object.keys(RULES) as Rule[]).map((rule) => [rule, new QuickLRU({ maxSize: CACHE_SIZES.hashPerRule })]),
);

/** Normalise and hash one raw value by rule; undefined when it normalises to nothing. */
export function hashByRule(raw: string, rule: Rule, ctx: NormalizeContext): string | undefined {
  const cache = caches.get(rule) as QuickLRU<string, string>;
  const key = COUNTRY_DEPENDENT.has(rule)
    ? `${ctx.country ?? ''}\u0000${ctx.defaultPhoneCountry ?? ''}\u0000${raw}`
    : raw;
  const hit = cache.get(key);
  if (hit !== undefined) return hit === '' ? undefined : hit;
  const trimmed = raw.trim();
  // Pinterest: a value that already is a SHA-256 hex digest was hashed by the sender; pass it through lowercased.
  const pre = isSha256Hex(trimmed) ? trimmed : undefined;
  const normalized = pre ?? RULES[rule](trimmed, ctx);
  const result = normalized === undefined ? undefined : hashNormalized(normalized);
  cache.set(key, result ?? '');
  return result;
}

const countries = new QuickLRU<string, string>({ maxSize: CACHE_SIZES.countries });

/** A country as written → alpha-2 lowercase (the country rule), cached; undefined when it is no country. */
export function countryCode(raw: string): string | undefined {
  let code = countries.get(raw);
  if (code === undefined) {
    code = RULES.country(raw.trim()) ?? '';
    countries.set(raw, code);
  }
  return code === '' ? undefined : code;
}
