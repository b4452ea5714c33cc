// The user_data table (SPEC §6.2): one row per Pinterest key, its sources, rule and whether Pinterest wants it hashed.
import { hashNormalized } from './normalize/hash';
import { RULES, COUNTRY_DEPENDENT, type NormalizeContext, type Rule } from './normalize';
import { LRUCache } from 'lru-cache';
import { compilePath, firstPresent, getPath, isPresent, type Path } from './paths';

export type UserData = Record<string, string | string[]>;

/** A source path, optionally with a function that picks the value out of what is found there. */
interface Source {
  path: Path;
  pick?: (found: unknown) => unknown;
}

interface HashedRow {
  key: string;
  from: readonly Path[];
  rule: Rule;
}

// Traits come from context.traits, then identify-style top-level traits (SPEC §6.2).
const TRAIT_ROOTS = ['context.traits', 'traits'];
const traits = (names: string[], extraRoots: string[] = []): Path[] =>
  [...TRAIT_ROOTS, ...extraRoots].flatMap((root) => names.map((n) => compilePath(`${root}.${n}`)));
const address = (names: string[], flat: string[]): Path[] =>
  traits([...names.map((n) => `address.${n}`), ...flat]);

export const HASHED_ROWS: readonly HashedRow[] = [
  { key: 'em', from: traits(['email'], ['properties']), rule: 'email' },
  { key: 'ph', from: traits(['phone'], ['properties']), rule: 'phone' },
  { key: 'fn', from: traits(['firstName', 'first_name', 'firstname']), rule: 'name' },
  { key: 'ln', from: traits(['lastName', 'last_name', 'lastname']), rule: 'name' },
  { key: 'ge', from: traits(['gender']), rule: 'gender' },
  { key: 'db', from: traits(['birthday', 'dateOfBirth', 'date_of_birth', 'dob']), rule: 'date' },
  { key: 'ct', from: address(['city'], ['city']), rule: 'city' },
  { key: 'st', from: address(['state'], ['state']), rule: 'state' },
  {
    key: 'zp',
    from: address(['postalCode', 'postal_code', 'zip', 'zipcode'], ['postalCode', 'zip', 'zipcode']),
    rule: 'postcode',
  },
  { key: 'country', from: address(['country'], ['country']), rule: 'country' },
  { key: 'hashed_maids', from: [compilePath('context.device.advertisingId')], rule: 'maid' },
];

const COUNTRY_ROW = HASHED_ROWS.find((r) => r.key === 'country') as HashedRow;

// Pinterest: click_id is "the unique identifier stored in _epik cookie ... or &epik= query parameter in the URL".
const epikInUrl = (found: unknown): unknown => {
  if (typeof found !== 'string') return undefined;
  const q = found.indexOf('?');
  const query = q === -1 ? found : found.slice(q + 1);
  return new URLSearchParams(query.split('#')[0]).get('epik') ?? undefined;
};

interface PlainRow {
  key: string;
  from: readonly Source[];
}

export const PLAIN_ROWS: readonly PlainRow[] = [
  {
    key: 'client_ip_address',
    from: [{ path: compilePath('context.ip') }, { path: compilePath('request_ip') }],
  },
  { key: 'client_user_agent', from: [{ path: compilePath('context.userAgent') }] },
  {
    key: 'click_id',
    from: [
      { path: compilePath('context.providers.pinterestCAPI.epik') },
      { path: compilePath('context.page.url'), pick: epikInUrl },
      { path: compilePath('context.page.search'), pick: epikInUrl },
      { path: compilePath('properties.epik') },
    ],
  },
];

// Normalising and hashing is the hot path: the same raw value hashes to the same result across events.
// Results that normalise to nothing are cached as "" (no hash is empty).
const cache = new LRUCache<string, string>({ max: 50_000 });

const toText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/** Normalise and hash one raw value by rule; undefined when it normalises to nothing. */
export function hashByRule(raw: string, rule: Rule, ctx: NormalizeContext): string | undefined {
  const key = COUNTRY_DEPENDENT.has(rule)
    ? `${rule}\u0000${ctx.country ?? ''}\u0000${ctx.defaultPhoneCountry ?? ''}\u0000${raw}`
    : `${rule}\u0000${raw}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit === '' ? undefined : hit;
  const trimmed = raw.trim();
  // Pinterest: a value that already is a SHA-256 hex digest was hashed by the sender; pass it through lowercased.
  const pre = /^[0-9a-f]{64}$/i.test(trimmed) ? trimmed : undefined;
  const normalized = pre ?? RULES[rule](trimmed, ctx);
  const result = normalized === undefined ? undefined : hashNormalized(normalized);
  cache.set(key, result ?? '');
  return result;
}

/** One hash per distinct normalised value, first-seen order; an array source gives several. */
export function hashValues(value: unknown, rule: Rule, ctx: NormalizeContext): string[] | undefined {
  const items = Array.isArray(value) ? value : [value];
  let out: string[] | undefined;
  for (const item of items) {
    const text = toText(item);
    if (text === undefined) continue;
    const h = hashByRule(text, rule, ctx);
    if (h === undefined) continue;
    if (!out) out = [h];
    else if (!out.includes(h)) out.push(h);
  }
  return out;
}

/** The event's address country as alpha-2, which phone and postcode rules depend on. */
export function addressCountry(message: unknown): string | undefined {
  const raw = toText(firstPresent(message, COUNTRY_ROW.from));
  return raw === undefined ? undefined : RULES.country(raw.trim());
}

const plainValue = (message: unknown, sources: readonly Source[]): string | undefined => {
  for (const s of sources) {
    const found = getPath(message, s.path);
    const v = toText(s.pick ? s.pick(found) : found)?.trim();
    if (v) return v;
  }
  return undefined;
};

export function buildUserData(
  message: unknown,
  externalIdPaths: readonly Path[],
  defaultPhoneCountry: string | undefined,
): UserData {
  const ctx: NormalizeContext = { country: addressCountry(message), defaultPhoneCountry };
  const out: UserData = {};
  for (const row of HASHED_ROWS) {
    const hashes = hashValues(firstPresent(message, row.from), row.rule, ctx);
    if (hashes) out[row.key] = hashes;
  }
  const ids = hashValues(externalIdPaths.map((p) => getPath(message, p)).filter(isPresent), 'id', ctx);
  if (ids) out.external_id = ids;
  for (const row of PLAIN_ROWS) {
    const v = plainValue(message, row.from);
    if (v !== undefined) out[row.key] = v;
  }
  return out;
}

/** Pinterest: an event needs em, hashed_maids, or both client_ip_address and client_user_agent. */
export const hasIdentifier = (u: UserData): boolean =>
  u.em !== undefined ||
  u.hashed_maids !== undefined ||
  (u.client_ip_address !== undefined && u.client_user_agent !== undefined);

export const HASHED_RULE_BY_KEY: ReadonlyMap<string, Rule> = new Map([
  ...HASHED_ROWS.map((r) => [r.key, r.rule] as const),
  ['external_id', 'id'],
]);
