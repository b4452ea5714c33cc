// Parses a destination's config once and compiles what every event needs (paths, lookups, the envelope).
import { ConfigurationError } from '../errors';
import { messages } from '../errors';
import { normalizeEventName, type PinterestEventName } from '../event-names';
import { ROW_BY_KEY } from '../fields';
import type { MappingParts } from '../custom-mappings';
import type { Rule } from '../normalize';
import { TARGETS, type Target } from '../pinterest-fields';
import { compilePath, type Path } from '../speed';
import { describeIssues } from './problems';
import { serverConfigSchema, syncConfigSchema, type ServerConfig } from './schema';

export interface CustomMapping {
  from: Path;
  /** Where the value goes: the event itself or one of its objects, and the key there. */
  object: keyof MappingParts;
  key: string;
  target: Target;
  /** The §7 rule of a key Pinterest wants hashed (its row's): the value is normalised and hashed. */
  hashRule: Rule | undefined;
  /** The key is a Unix timestamp (its row's rule is `seconds`): date-times are converted. */
  seconds: boolean;
}

export interface ResolvedConfig {
  config: ServerConfig;
  endpoint: string;
  /** The Authorization header's value (SPEC §3.2); the access token appears nowhere else. */
  authorization: string;
  /** Normalised event name → Pinterest names, identical rows once, in row order. */
  eventsMapping: ReadonlyMap<string, readonly PinterestEventName[]>;
  customMappings: readonly CustomMapping[];
  dedupPath: Path;
  /** Sync-field problems: reported (validate-config, logs), never blocking server events. */
  syncProblems: readonly string[];
  /** Requests can share a batch only when this is equal (SPEC §8). */
  batchKey: string;
}

export const apiBaseUrl = (): string =>
  (process.env.PINTEREST_API_BASE_URL || 'https://api.pinterest.com').replace(/\/+$/, '');

const OBJECTS = new Set<string>(['user_data', 'custom_data', 'app_info', 'device_info']);

/** A custom mapping's target, read from the schema (its type) and from the row that fills it (hashing, rule). */
function customMapping(m: ServerConfig['customMappings'][number]): CustomMapping {
  const dot = m.to.indexOf('.');
  const parent = dot === -1 ? '' : m.to.slice(0, dot);
  const object = OBJECTS.has(parent) ? (parent as keyof MappingParts) : 'event';
  const row = ROW_BY_KEY.get(m.to);
  return {
    from: compilePath(m.from),
    object,
    key: object === 'event' ? m.to : m.to.slice(dot + 1),
    target: TARGETS[m.to] as Target,
    hashRule: row?.hashed ? (row.rule as Rule) : undefined,
    seconds: row?.rule === 'seconds',
  };
}

function compile(config: ServerConfig, rawConfig: unknown): ResolvedConfig {
  const eventsMapping = new Map<string, PinterestEventName[]>();
  for (const { from, to } of config.eventsMapping) {
    const key = normalizeEventName(from);
    const list = eventsMapping.get(key) ?? [];
    if (!list.includes(to)) list.push(to);
    eventsMapping.set(key, list);
  }
  const sync = syncConfigSchema.safeParse(rawConfig);
  return {
    config,
    endpoint: `${apiBaseUrl()}/v5/ad_accounts/${config.adAccountId}/events`,
    authorization: `Bearer ${config.accessToken}`,
    eventsMapping,
    customMappings: config.customMappings.map(customMapping),
    dedupPath: compilePath(config.deduplicationKey || 'messageId'),
    syncProblems: sync.success ? [] : describeIssues(rawConfig, sync.error),
    batchKey: JSON.stringify([config.adAccountId, config.accessToken, config.testMode]),
  };
}

/** Every problem of a server-side config, one line each (empty when valid). */
export function serverConfigProblems(rawConfig: unknown): string[] {
  const parsed = serverConfigSchema.safeParse(rawConfig);
  return parsed.success ? [] : describeIssues(rawConfig, parsed.error);
}

function parse(rawConfig: unknown): ResolvedConfig {
  if (rawConfig === null || typeof rawConfig !== 'object' || Array.isArray(rawConfig)) {
    throw new ConfigurationError(messages.noConfig());
  }
  const parsed = serverConfigSchema.safeParse(rawConfig);
  if (!parsed.success) {
    throw new ConfigurationError(describeIssues(rawConfig, parsed.error)[0] as string);
  }
  return compile(parsed.data, rawConfig);
}

type SyncWarningListener = (destinationId: string, problems: readonly string[]) => void;
let onSyncProblems: SyncWarningListener | undefined;

/** Called once per newly parsed config whose browser-sync fields are invalid (the service logs a warning). */
export function setSyncWarningListener(listener: SyncWarningListener | undefined): void {
  onSyncProblems = listener;
}

// Config objects are usually reused across events (in process); JSON copies of one config (router and HTTP inputs:
// a fresh object per input) are compared key by key with the copy kept when it was parsed. Per destination, the
// object last seen is kept: the reused object costs one identity check, a fresh copy one comparison, and no
// per-object bookkeeping (a WeakMap entry per fresh copy cost more than the comparison: ephemerons for the GC).
interface Cached {
  seen: unknown;
  /** The JSON of each object-valued key of `seen`, serialised once. */
  seenJson: ReadonlyMap<string, string>;
  last: unknown;
  resolved: ResolvedConfig;
}
const byId = new Map<string, Cached>();

function objectJson(config: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (config === null || typeof config !== 'object') return out;
  for (const [k, v] of Object.entries(config)) {
    if (v !== null && typeof v === 'object') out.set(k, JSON.stringify(v));
  }
  return out;
}

function sameConfig(a: unknown, cached: Cached): boolean {
  const b = cached.seen;
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  let keys = 0;
  for (const k in a) {
    keys += 1;
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (x === y) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (JSON.stringify(x) !== cached.seenJson.get(k)) return false;
  }
  for (const k in b) if (k) keys -= 1;
  return keys === 0;
}
const MAX_DESTINATIONS = 1000;

export interface DestinationLike {
  ID?: unknown;
  Config?: unknown;
}

/** The resolved config of a destination, parsed once per destination ID and config content. */
export function resolveConfig(destination: DestinationLike | undefined): ResolvedConfig {
  const raw = destination?.Config;
  const id = typeof destination?.ID === 'string' ? destination.ID : '';
  const cached = byId.get(id);
  if (cached !== undefined) {
    if (raw === cached.last && raw !== null && typeof raw === 'object') return cached.resolved;
    if (sameConfig(raw, cached)) {
      cached.last = raw;
      return cached.resolved;
    }
  }
  const resolved = parse(raw);
  if (resolved.syncProblems.length > 0) onSyncProblems?.(id, resolved.syncProblems);
  if (byId.size >= MAX_DESTINATIONS) byId.clear();
  const seen = structuredClone(raw);
  byId.set(id, { seen, seenJson: objectJson(seen), last: raw, resolved });
  return resolved;
}
