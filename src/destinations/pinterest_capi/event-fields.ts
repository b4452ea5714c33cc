// Event-level fields (SPEC §6.1): time, id, action source, URL, opt-out, language and the app fields.
import { InstrumentationError, messages } from './errors';
import { asText, compilePath, getPath, type Path } from './paths';

export type ActionSource = 'web' | 'app_ios' | 'app_android' | 'offline';

const TIME_SOURCES = ['timestamp', 'originalTimestamp', 'sentAt'].map(compilePath);
const DAY_MS = 86_400_000;
// Pinterest rejects events from the future; a few minutes of client clock skew are clamped instead.
const FUTURE_TOLERANCE_MS = 5 * 60_000;

function parseTime(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
  if (typeof n === 'number') {
    if (!Number.isFinite(n) || n <= 0) return undefined;
    return n >= 1e11 ? n : n * 1000;
  }
  if (typeof n === 'string') {
    const ms = Date.parse(n);
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (n instanceof Date) return Number.isNaN(n.getTime()) ? undefined : n.getTime();
  return undefined;
}

const iso = (ms: number) => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString();
};

/** Unix seconds; the first parseable of timestamp, originalTimestamp, sentAt. */
export function eventTime(message: unknown, now: number, maxAgeDays: number): number {
  let ms: number | undefined;
  for (const p of TIME_SOURCES) {
    ms = parseTime(getPath(message, p));
    if (ms !== undefined) break;
  }
  if (ms === undefined) throw new InstrumentationError(messages.noEventTime());
  if (ms > now + FUTURE_TOLERANCE_MS) throw new InstrumentationError(messages.inFuture(iso(ms)));
  // Pinterest: events older than 7 days are rejected.
  if (maxAgeDays > 0 && ms < now - maxAgeDays * DAY_MS) {
    throw new InstrumentationError(messages.tooOld(iso(ms), maxAgeDays));
  }
  return Math.floor(Math.min(ms, now) / 1000);
}

const MESSAGE_ID = compilePath('messageId');

export function eventId(message: unknown, dedupPath: Path, dedupKey: string): string {
  const id = asText(getPath(message, dedupPath)) ?? asText(getPath(message, MESSAGE_ID));
  if (id === undefined) throw new InstrumentationError(messages.noEventId(dedupKey));
  return id;
}

const ACTION_SOURCES = new Set<string>(['web', 'app_ios', 'app_android', 'offline']);
const P = {
  propsSource: compilePath('properties.action_source'),
  traitsSource: compilePath('context.traits.action_source'),
  channel: compilePath('channel'),
  deviceType: compilePath('context.device.type'),
  manufacturer: compilePath('context.device.manufacturer'),
  osName: compilePath('context.os.name'),
};

const lower = (v: unknown) => asText(v)?.toLowerCase();

function appSource(message: unknown): ActionSource {
  const os = lower(getPath(message, P.osName));
  return lower(getPath(message, P.manufacturer)) === 'apple' || os === 'ios' || os === 'ipados'
    ? 'app_ios'
    : 'app_android';
}

/**
 * Config unless "auto"; then the event's own action_source; then its channel; then device evidence.
 * context.app.* alone is no evidence: RudderStack's JavaScript SDK sets context.app.name on web events.
 */
export function actionSource(message: unknown, configured: string): ActionSource {
  if (configured !== 'auto') return configured as ActionSource;
  for (const p of [P.propsSource, P.traitsSource]) {
    const v = lower(getPath(message, p));
    if (v !== undefined && ACTION_SOURCES.has(v)) return v as ActionSource;
  }
  const channel = lower(getPath(message, P.channel));
  if (channel === 'web') return 'web';
  if (channel === 'mobile') return appSource(message);
  if (asText(getPath(message, P.deviceType)) || asText(getPath(message, P.osName))) return appSource(message);
  return 'web';
}

interface FieldRow {
  key: string;
  from: Path;
  kind: 'text' | 'boolean';
}

// Pinterest's app fields, sent only for app events.
const row = (key: string, from: string, kind: FieldRow['kind'] = 'text'): FieldRow => ({
  key,
  from: compilePath(from),
  kind,
});
export const APP_ROWS: readonly FieldRow[] = [
  row('app_id', 'context.app.namespace'),
  row('app_name', 'context.app.name'),
  row('app_version', 'context.app.version'),
  row('device_brand', 'context.device.manufacturer'),
  row('device_model', 'context.device.model'),
  row('device_type', 'context.device.type'),
  row('os_version', 'context.os.version'),
  row('device_carrier', 'context.network.carrier'),
  row('wifi', 'context.network.wifi', 'boolean'),
];

export function appFields(message: unknown, out: Record<string, unknown>): void {
  for (const row of APP_ROWS) {
    const v = getPath(message, row.from);
    if (row.kind === 'boolean') {
      if (typeof v === 'boolean') out[row.key] = v;
    } else {
      const t = asText(v);
      if (t !== undefined) out[row.key] = t;
    }
  }
}

const PAGE_URL = compilePath('context.page.url');
const PROPS_URL = compilePath('properties.url');

export const eventSourceUrl = (message: unknown, isPage: boolean): string | undefined =>
  asText(getPath(message, PAGE_URL)) ?? (isPage ? asText(getPath(message, PROPS_URL)) : undefined);

const AD_TRACKING = compilePath('context.device.adTrackingEnabled');

/** Pinterest's opt_out is the inverse of the device's ad-tracking flag; absent stays absent. */
export function optOut(message: unknown): boolean | undefined {
  const v = getPath(message, AD_TRACKING);
  return typeof v === 'boolean' ? !v : undefined;
}

const LOCALE = compilePath('context.locale');
const LANGUAGE = /^([a-z]{2})(?:[-_]|$)/i;

// Pinterest: language is a "two-character ISO-639-1 language code".
export function language(message: unknown): string | undefined {
  const locale = getPath(message, LOCALE);
  const m = typeof locale === 'string' ? LANGUAGE.exec(locale.trim()) : null;
  return m ? (m[1] as string).toLowerCase() : undefined;
}
