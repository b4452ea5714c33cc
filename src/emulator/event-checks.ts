// Per-event checks after the schema: too old / future event_time, unknown event_name or action_source → failed.
import { PINTEREST_EVENT_NAMES } from '../destinations/pinterest_capi/event-names';
import type { ConversionEvent, EventResult } from './types';

const ACTION_SOURCES = new Set(['app_android', 'app_ios', 'web', 'offline']);
const EVENT_NAMES = new Set<string>(PINTEREST_EVENT_NAMES);
const FUTURE_TOLERANCE_S = 5 * 60;
const DAY_S = 24 * 60 * 60;

// Messages are constant (no values), so that clients can count them as "top error messages".
export const MESSAGES = {
  tooOld: (days: number) => `event_time is older than ${days} days. Pinterest only accepts recent events.`,
  future: 'event_time is more than 5 minutes in the future. Send event_time in seconds, not milliseconds.',
  eventName: 'event_name is not one of the event names Pinterest accepts.',
  actionSource: 'action_source must be one of app_android, app_ios, web, offline.',
  noSourceUrl: 'event_source_url is recommended for web events.',
} as const;

export interface CheckContext {
  nowMs: number;
  maxEventAgeDays: number;
}

function failure(e: ConversionEvent, ctx: CheckContext): string | null {
  const nowS = ctx.nowMs / 1000;
  if (e.event_time < nowS - ctx.maxEventAgeDays * DAY_S) return MESSAGES.tooOld(ctx.maxEventAgeDays);
  if (e.event_time > nowS + FUTURE_TOLERANCE_S) return MESSAGES.future;
  if (!EVENT_NAMES.has(e.event_name)) return MESSAGES.eventName;
  if (!ACTION_SOURCES.has(e.action_source)) return MESSAGES.actionSource;
  return null;
}

export function checkEvent(e: ConversionEvent, ctx: CheckContext): EventResult {
  const error = failure(e, ctx);
  const warning = e.action_source === 'web' && !e.event_source_url ? MESSAGES.noSourceUrl : null;
  return error === null
    ? { status: 'processed', error_message: null, warning_message: warning }
    : { status: 'failed', error_message: error, warning_message: warning };
}
