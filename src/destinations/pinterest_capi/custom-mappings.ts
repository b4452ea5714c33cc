// Config-driven extra field mappings (SPEC §6.5), applied after the built-in tables so they can override.
import type { CustomMapping } from './config/resolve';
import { getPath, isObject } from './paths';
import type { Target } from './pinterest-fields';
import { hashValues, HASHED_RULE_BY_KEY } from './user-data';
import type { NormalizeContext } from './normalize';

type Scalar = string | number | boolean;

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

/** The value shaped to the target's type, or undefined when it cannot fit (objects; arrays where a scalar belongs). */
export function coerce(v: unknown, t: Target): Scalar | string[] | undefined {
  switch (t.type) {
    case 'string': {
      const s = scalarText(v);
      return s !== undefined && fits(s, t) ? s : undefined;
    }
    case 'integer': {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
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
  event: Record<string, unknown>,
  mappings: readonly CustomMapping[],
  ctx: NormalizeContext,
): void {
  for (const m of mappings) {
    const raw = getPath(message, m.from);
    const [parent, key] = m.to.includes('.') ? (m.to.split('.') as [string, string]) : [undefined, m.to];
    const rule = parent === 'user_data' ? HASHED_RULE_BY_KEY.get(key) : undefined;
    const value = rule ? (isObject(raw) ? undefined : hashValues(raw, rule, ctx)) : coerce(raw, m.target);
    if (value === undefined) continue;
    if (parent === undefined) {
      event[key] = value;
    } else {
      const obj = isObject(event[parent]) ? event[parent] : (event[parent] = {});
      (obj as Record<string, unknown>)[key] = value;
    }
  }
}
