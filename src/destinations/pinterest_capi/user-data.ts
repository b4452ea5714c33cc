// The user_data table (SPEC §6.2): one row per Pinterest key, its sources, rule and whether Pinterest wants it hashed.
import { hashNormalized, isSha256Hex } from './normalize/hash';
import { RULES, COUNTRY_DEPENDENT, type NormalizeContext, type Rule } from './normalize';
import QuickLRU from 'quick-lru';
import { clickIdDenied } from './consent';
import { compilePath, firstPresent, getPath, isPresent, type Path } from './paths';

export type UserData = Record<string, string | string[]>;

/** A source path, optionally with a function that picks the value out of what is found there. */
interface Source {
  path: Path;
  pick?: (found: unknown) => unknown;
}

/** Objects the rows read from, looked up once per event. */
const SCOPES = {
  contextTraits: compilePath('context.traits'),
  traits: compilePath('traits'),
  properties: compilePath('properties'),
  device: compilePath('context.device'),
} as const;
type Scope = keyof typeof SCOPES;
type Scopes = Record<Scope, unknown>;

interface HashedRow {
  key: string;
  /** Paths inside each scope, tried scope by scope, in order. */
  from: readonly Path[];
  in: readonly Scope[];
  rule: Rule;
}

// Traits come from context.traits, then identify-style top-level traits (SPEC §6.2).
const TRAITS: readonly Scope[] = ['contextTraits', 'traits'];
const paths = (...names: string[]) => names.map(compilePath);
const address = (names: string[], flat: string[]) => paths(...names.map((n) => `address.${n}`), ...flat);

export const HASHED_ROWS: readonly HashedRow[] = [
  { key: 'em', from: paths('email'), in: [...TRAITS, 'properties'], rule: 'email' },
  { key: 'ph', from: paths('phone'), in: [...TRAITS, 'properties'], rule: 'phone' },
  { key: 'fn', from: paths('firstName', 'first_name', 'firstname'), in: TRAITS, rule: 'name' },
  { key: 'ln', from: paths('lastName', 'last_name', 'lastname'), in: TRAITS, rule: 'name' },
  { key: 'ge', from: paths('gender'), in: TRAITS, rule: 'gender' },
  { key: 'db', from: paths('birthday', 'dateOfBirth', 'date_of_birth', 'dob'), in: TRAITS, rule: 'date' },
  { key: 'ct', from: address(['city'], ['city']), in: TRAITS, rule: 'city' },
  { key: 'st', from: address(['state'], ['state']), in: TRAITS, rule: 'state' },
  {
    key: 'zp',
    from: address(['postalCode', 'postal_code', 'zip', 'zipcode'], ['postalCode', 'zip', 'zipcode']),
    in: TRAITS,
    rule: 'postcode',
  },
  { key: 'country', from: address(['country'], ['country']), in: TRAITS, rule: 'country' },
  { key: 'hashed_maids', from: paths('advertisingId'), in: ['device'], rule: 'maid' },
];

const COUNTRY_ROW = HASHED_ROWS.find((r) => r.key === 'country') as HashedRow;

function scopesOf(message: unknown): Scopes {
  return {
    contextTraits: getPath(message, SCOPES.contextTraits),
    traits: getPath(message, SCOPES.traits),
    properties: getPath(message, SCOPES.properties),
    device: getPath(message, SCOPES.device),
  };
}

/** The row's first present value, scope by scope. */
function rowValue(scopes: Scopes, row: HashedRow): unknown {
  for (const scope of row.in) {
    const root = scopes[scope];
    if (root === null || typeof root !== 'object') continue;
    const v = firstPresent(root, row.from);
    if (v !== undefined) return v;
  }
  return undefined;
}

// Pinterest: click_id is "the unique identifier stored in _epik cookie ... or &epik= query parameter in the URL".
const epikInUrl = (found: unknown): unknown => {
  if (typeof found !== 'string') return undefined;
  const q = found.indexOf('?');
  const query = q === -1 ? found : found.slice(q + 1);
  if (!query.includes('epik=')) return undefined;
  return new URLSearchParams(query.split('#')[0]).get('epik') ?? undefined;
};

interface PlainRow {
  key: string;
  from: readonly Source[];
  /** Skipped for the event when this says no. */
  when?: (message: unknown) => boolean;
}

const clickIdConsented = (message: unknown): boolean => !clickIdDenied(message);

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
    when: clickIdConsented,
  },
];

// Normalising and hashing is the hot path: the same raw value hashes to the same result across events.
// One cache per rule, so that keys are the raw values themselves; nothing-results are cached as "".
const caches = new Map<Rule, QuickLRU<string, string>>(
  (Object.keys(RULES) as Rule[]).map((rule) => [rule, new QuickLRU<string, string>({ maxSize: 20_000 })]),
);

const toText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

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

/** One hash per distinct normalised value, first-seen order; an array source gives several. */
export function hashValues(value: unknown, rule: Rule, ctx: NormalizeContext): string[] | undefined {
  if (!Array.isArray(value)) {
    // The usual case, one value: no list to build and walk.
    const text = toText(value);
    const h = text === undefined ? undefined : hashByRule(text, rule, ctx);
    return h === undefined ? undefined : [h];
  }
  const items = value;
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
const countries = new QuickLRU<string, string>({ maxSize: 1_000 });

export function addressCountry(message: unknown, scopes: Scopes = scopesOf(message)): string | undefined {
  const raw = toText(rowValue(scopes, COUNTRY_ROW));
  if (raw === undefined) return undefined;
  let code = countries.get(raw);
  if (code === undefined) {
    code = RULES.country(raw.trim()) ?? '';
    countries.set(raw, code);
  }
  return code === '' ? undefined : code;
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
  const scopes = scopesOf(message);
  const ctx: NormalizeContext = { country: addressCountry(message, scopes), defaultPhoneCountry };
  const out: UserData = {};
  for (const row of HASHED_ROWS) {
    const hashes = hashValues(rowValue(scopes, row), row.rule, ctx);
    if (hashes) out[row.key] = hashes;
  }
  const ids =
    externalIdPaths.length === 1
      ? hashValues(getPath(message, externalIdPaths[0] as Path), 'id', ctx)
      : hashValues(externalIdPaths.map((p) => getPath(message, p)).filter(isPresent), 'id', ctx);
  if (ids) out.external_id = ids;
  for (const row of PLAIN_ROWS) {
    if (row.when && !row.when(message)) continue;
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
