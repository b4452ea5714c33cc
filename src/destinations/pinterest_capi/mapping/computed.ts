// Rules that compute a key from several of its sources at once (times, ids, action source, products).
// Each reads the row's sources in the row's order; the row's description says what each source is for.
import { InstrumentationError, messages } from '../errors';
import { printSum, toNumber, toQuantity } from '../numbers';
import { asText } from '../values';
import type { ActionSource, EventContext } from './context';
import type { CompiledSource } from './sources';
import { SourceKind } from './sources';
import type { SourceReader } from '../speed';
import { VALUE_RULES } from './rules';
import { parseTime } from './time';

/** What a computed rule is given: the row's sources, compiled, the event, and the row's reader (`at(i, ctx,
 * product)`: the value of source i). */
export type Computed<V> = (
  sources: readonly CompiledSource[],
  ctx: EventContext,
  key: string,
  at: SourceReader,
) => V | undefined;

const DAY_MS = 86_400_000;
// Pinterest rejects events from the future; a few minutes of client clock skew are clamped instead.
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const iso = (ms: number) => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString();
};

const applies = (s: CompiledSource, ctx: EventContext, key: string) =>
  s.when === undefined || s.when(ctx, key);

/** Unix seconds; the first parseable source. Missing, too old or too far ahead → 400 (SPEC §6.1). */
const eventTime: Computed<number> = (sources, ctx, _key, at) => {
  let ms: number | undefined;
  for (let i = 0; i < sources.length; i += 1) {
    ms = parseTime(at(i, ctx, undefined));
    if (ms !== undefined) break;
  }
  const { now } = ctx;
  const maxAgeDays = ctx.rc.config.maxEventAgeDays;
  if (ms === undefined) throw new InstrumentationError(messages.noEventTime());
  if (ms > now + FUTURE_TOLERANCE_MS) throw new InstrumentationError(messages.inFuture(iso(ms)));
  // Pinterest: events older than 7 days are rejected.
  if (maxAgeDays > 0 && ms < now - maxAgeDays * DAY_MS) {
    throw new InstrumentationError(messages.tooOld(iso(ms), maxAgeDays));
  }
  return Math.floor(Math.min(ms, now) / 1000);
};

/** The first source with a text value; none → 400. */
const eventId: Computed<string> = (sources, ctx, _key, at) => {
  for (let i = 0; i < sources.length; i += 1) {
    const id = asText(at(i, ctx, undefined));
    if (id !== undefined) return id;
  }
  throw new InstrumentationError(messages.noEventId(ctx.rc.config.deduplicationKey));
};

const ACTION_SOURCES = new Set<string>(['web', 'app_ios', 'app_android', 'offline']);
const lower = (v: unknown) => asText(v)?.toLowerCase();

/**
 * Sources: [0, 1] an explicit action source (properties, traits), [2] channel, [3, 4] device evidence (device type,
 * OS name), [5] manufacturer. Config unless "auto"; then a valid explicit value; then the channel (mobile → the
 * app rule); then device evidence → the app rule; else web. App rule: app_ios for Apple or iOS/iPadOS, else
 * app_android. context.app.* alone is no evidence: RudderStack's JavaScript SDK sets context.app.name on web events.
 */
const actionSource: Computed<ActionSource> = (_sources, ctx, _key, at) => {
  const configured = ctx.rc.config.actionSource;
  if (configured !== 'auto') return configured;
  for (let i = 0; i < 2; i += 1) {
    const v = lower(at(i, ctx, undefined));
    if (v !== undefined && ACTION_SOURCES.has(v)) return v as ActionSource;
  }
  const channel = lower(at(2, ctx, undefined));
  if (channel === 'web') return 'web';
  if (channel === 'mobile' || asText(at(3, ctx, undefined)) || asText(at(4, ctx, undefined))) {
    const os = lower(at(4, ctx, undefined));
    return lower(at(5, ctx, undefined)) === 'apple' || os === 'ios' || os === 'ipados'
      ? 'app_ios'
      : 'app_android';
  }
  return 'web';
};

/** Sources before the product ones: amounts, first numeric wins; then Σ price × quantity (product sources). */
const value: Computed<string> = (sources, ctx, _key, at) => {
  let price = -1;
  let quantity = -1;
  for (let i = 0; i < sources.length; i += 1) {
    if ((sources[i] as CompiledSource).kind === SourceKind.Product) {
      if (price === -1) price = i;
      else quantity = i;
      continue;
    }
    const v = VALUE_RULES.amount(at(i, ctx, undefined));
    if (v !== undefined) return v;
  }
  const items = ctx.products;
  if (!items || price === -1) return undefined;
  let sum = 0;
  let priced = false;
  for (const p of items) {
    const n = toNumber(at(price, ctx, p));
    if (n === undefined) continue;
    priced = true;
    sum += n * ((quantity !== -1 ? toQuantity(at(quantity, ctx, p)) : undefined) ?? 1);
  }
  return priced ? printSum(sum) : undefined;
};

/** Per product, the first source with a text value. */
const productIds: Computed<string[]> = (sources, ctx, _key, at) => {
  const items = ctx.products;
  if (!items) return undefined;
  let out: string[] | undefined;
  for (const p of items) {
    for (let i = 0; i < sources.length; i += 1) {
      const id = asText(at(i, ctx, p));
      if (id === undefined) continue;
      if (out) out.push(id);
      else out = [id];
      break;
    }
  }
  return out;
};

/** A message source (the list's own count, where it applies) wins; else Σ product quantities, each 1 by default. */
const numItems: Computed<number> = (sources, ctx, key, at) => {
  let each = -1;
  for (let i = 0; i < sources.length; i += 1) {
    const s = sources[i] as CompiledSource;
    if (s.kind === SourceKind.Product) {
      each = i;
      continue;
    }
    if (!applies(s, ctx, key)) continue;
    const q = toQuantity(at(i, ctx, undefined));
    if (q !== undefined) return q;
  }
  const items = ctx.products;
  if (!items) return undefined;
  let n = 0;
  for (const p of items) n += (each !== -1 ? toQuantity(at(each, ctx, p)) : undefined) ?? 1;
  return n;
};

export const COMPUTED = {
  eventName: (_s: readonly CompiledSource[], ctx: EventContext) => ctx.eventName,
  eventTime,
  eventId,
  actionSource,
  value,
  productIds,
  numItems,
} satisfies Record<string, Computed<unknown>>;

export type ComputedRuleName = keyof typeof COMPUTED;
export type ComputedOutput = { [R in ComputedRuleName]: NonNullable<ReturnType<(typeof COMPUTED)[R]>> };
