// Config-driven extra field mappings (SPEC §6.5), applied after the built-in tables so they can override.
import type { CustomMapping } from './config/resolve';
import { hashValues } from './mapping/hashed';
import { toSeconds } from './mapping/time';
import type { NormalizeContext } from './normalize';
import type { Target } from './pinterest-fields';
import { getPath } from './speed';
import { isObject } from './values';
import type { AppInfo, CustomData, DeviceInfo, EventDraft, UserData } from './wire';

type Scalar = string | number | boolean;

/** The objects of one event a mapping may write into. */
export interface MappingParts {
  event: EventDraft;
  user_data: UserData;
  custom_data: CustomData;
  app_info: AppInfo;
  device_info: DeviceInfo;
}

const scalarText = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v.trim() || undefined
    : (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean'
      ? String(v)
      : undefined;

/** Pinterest's schema constraints (enum, maxLength, min/max): a value breaking them would fail the whole batch. */
function fits(v: Scalar, t: Target): boolean {
  const { prop } = t;
  if (prop.enum && !prop.enum.includes(v)) return false;
  if (typeof v === 'string' && prop.maxLength !== undefined && v.length > prop.maxLength) return false;
  if (typeof v === 'number' && prop.minimum !== undefined && v < prop.minimum) return false;
  if (typeof v === 'number' && prop.maximum !== undefined && v > prop.maximum) return false;
  return true;
}

/**
 * The value shaped to the target's type, or undefined when it cannot fit (objects; arrays where a scalar belongs).
 * `seconds`: the target is a Unix timestamp (its row's rule), so a date-time is converted to seconds.
 */
export function coerce(v: unknown, t: Target, seconds = false): Scalar | string[] | undefined {
  switch (t.type) {
    case 'string': {
      const s = scalarText(v);
      return s !== undefined && fits(s, t) ? s : undefined;
    }
    case 'integer': {
      const n = seconds ? toSeconds(v) : typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      return typeof n === 'number' && Number.isSafeInteger(n) && fits(n, t) ? n : undefined;
    }
    case 'boolean':
      if (typeof v === 'boolean') return v;
      return v === 'true' ? true : v === 'false' ? false : undefined;
    case 'strings': {
      const list = (Array.isArray(v) ? v : [v]).map(scalarText).filter((s): s is string => s !== undefined);
      return list.length > 0 ? list : undefined;
    }
  }
}

export function applyCustomMappings(
  message: unknown,
  parts: MappingParts,
  mappings: readonly CustomMapping[],
  ctx: NormalizeContext,
): void {
  for (const m of mappings) {
    const raw = getPath(message, m.from);
    const value = m.hashRule
      ? isObject(raw)
        ? undefined
        : hashValues(raw, m.hashRule, ctx)
      : coerce(raw, m.target, m.seconds);
    if (value === undefined) continue;
    // The key is one of Pinterest's schema keys and the value has its schema type (both checked when the config
    // was parsed, and by coerce): the one place where a key named by config is written.
    Reflect.set(parts[m.object], m.key, value);
  }
}
