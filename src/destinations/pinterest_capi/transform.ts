// One CDP message → the Pinterest event(s) it stands for (SPEC §5–§7), or a typed error.
import type { ResolvedConfig } from './config/resolve';
import { clickIdDenied, deniedCategory } from './consent';
import { NewDraft } from './draft';
import { applyCustomMappings } from './custom-mappings';
import { InstrumentationError, TransformationError, consentFiltered, filtered, messages } from './errors';
import { normalizeEventName, type PinterestEventName } from './event-names';
import { EVENT_BY_NAME, GENERIC_CUSTOM_DATA, type CustomDataField, type ResolvedRow } from './events';
import type { EventContext } from './mapping/context';
import { fillRows } from './mapping/engine';
import { APP_INFO, COUNTRY, CUSTOM_DATA, DEVICE_INFO, EVENT, REQUIRED, USER_DATA } from './mapping/tables';
import { readSource } from './mapping/sources';
import { countryCode } from './speed';
import { asText, isObject, isPresent, trimmed } from './values';
import type {
  AppInfo,
  CustomData,
  DeviceInfo,
  EventDraft,
  IdentifiedUserData,
  PinterestEvent,
  UserData,
} from './wire';

export type { PinterestEvent } from './wire';

interface Resolution {
  isPage: boolean;
  names: readonly PinterestEventName[];
  customData: readonly CustomDataField[];
  singleProduct: boolean;
  trackLike: boolean;
}

const PAGE: Resolution = {
  isPage: true,
  names: ['page_visit'],
  customData: [],
  singleProduct: false,
  trackLike: false,
};
/** An unmapped screen: page_visit, with custom_data only for opt_out_type (SPEC §5). */
const SCREEN: Resolution = { ...PAGE, isPage: false };
const EMPTY: Record<string, unknown> = Object.freeze({});
const NONE: readonly Record<string, unknown>[] = Object.freeze([]);

/** Which Pinterest event(s) a message becomes; throws for unsupported types, returns null when filtered. */
function resolveEvent(message: Record<string, unknown>, rc: ResolvedConfig): Resolution | null {
  const type = asText(message.type)?.toLowerCase();
  if (type === undefined) throw new InstrumentationError(messages.noType());
  const mapping = rc.eventsMapping.size > 0 ? rc.eventsMapping : undefined;
  if (type === 'page') {
    const mapped = mapping?.get('page');
    return mapped ? { ...PAGE, names: mapped } : PAGE;
  }
  if (type === 'screen') {
    const name = typeof message.name === 'string' ? normalizeEventName(message.name) : '';
    const mapped = name ? mapping?.get(name) : undefined;
    return mapped ? resolveTrack(name, mapped, rc) : SCREEN;
  }
  if (type !== 'track') throw new InstrumentationError(messages.unsupportedType(String(message.type)));
  const event = message.event;
  if (typeof event !== 'string' || trimmed(event) === '')
    throw new InstrumentationError(messages.noEventName());
  const name = normalizeEventName(event);
  return resolveTrack(name, mapping?.get(name), rc);
}

const CUSTOM: Resolution = {
  isPage: false,
  names: ['custom'],
  customData: GENERIC_CUSTOM_DATA,
  singleProduct: false,
  trackLike: true,
};

// One resolution per event-table row, built once: a mapped track allocates nothing per event.
const BY_ROW = new Map<ResolvedRow, Resolution>();
for (const row of EVENT_BY_NAME.values()) {
  BY_ROW.set(row, {
    isPage: false,
    names: row.names,
    customData: row.customData,
    singleProduct: row.singleProduct ?? false,
    trackLike: true,
  });
}

function resolveTrack(
  name: string,
  mapped: readonly PinterestEventName[] | undefined,
  rc: ResolvedConfig,
): Resolution | null {
  const row = EVENT_BY_NAME.get(name);
  const customData = row?.customData ?? GENERIC_CUSTOM_DATA;
  const singleProduct = row?.singleProduct ?? false;
  if (mapped) return { isPage: false, names: mapped, customData, singleProduct, trackLike: true };
  if (row) return BY_ROW.get(row) as Resolution;
  if (rc.config.sendAsCustomEvent) return CUSTOM;
  return null;
}

/** The event's address country, alpha-2: the country row's first present source (a list: its first country). */
function addressCountry(ctx: EventContext): string | undefined {
  for (const s of COUNTRY.sources) {
    const raw = readSource(s, ctx, undefined);
    if (!isPresent(raw)) continue;
    if (!Array.isArray(raw))
      return typeof raw === 'string' || typeof raw === 'number' ? countryCode(String(raw)) : undefined;
    for (const entry of raw) {
      const code =
        typeof entry === 'string' || typeof entry === 'number' ? countryCode(String(entry)) : undefined;
      if (code !== undefined) return code;
    }
    return undefined;
  }
  return undefined;
}

/** The list's objects; the list itself when it holds nothing else (the usual case: no copy). */
function objectsOf(list: readonly unknown[]): readonly Record<string, unknown>[] {
  for (const p of list) if (!isObject(p)) return list.filter(isObject);
  return list as readonly Record<string, unknown>[];
}

function context(
  message: Record<string, unknown>,
  rc: ResolvedConfig,
  now: number,
  r: Resolution,
): EventContext {
  const props = isObject(message.properties) ? message.properties : EMPTY;
  const list = Array.isArray(props.products) ? objectsOf(props.products) : NONE;
  const isList = !r.singleProduct || list.length > 0;
  return {
    message,
    rc,
    now,
    eventName: r.names[0] as PinterestEventName,
    isPage: r.isPage,
    trackLike: r.trackLike,
    listed: r.customData,
    singleProduct: r.singleProduct,
    products: isList ? (list.length > 0 ? list : null) : [props],
    isList,
    actionSource: 'web',
    clickIdDenied: clickIdDenied(message),
    country: undefined,
    defaultPhoneCountry: rc.config.defaultPhoneCountry || undefined,
  };
}

// Pinterest: an event needs em, hashed_maids, or both client_ip_address and client_user_agent.
const identified = (u: UserData): u is IdentifiedUserData =>
  u.em !== undefined ||
  u.hashed_maids !== undefined ||
  (u.client_ip_address !== undefined && u.client_user_agent !== undefined);

/** The event is one Pinterest accepts once its user_data meets the identifier rule. */
const complete = (e: EventDraft): e is EventDraft & PinterestEvent => identified(e.user_data);

function hasKeys(o: object): boolean {
  for (const k in o) if (k) return true;
  return false;
}

/** A key every event has, which its rule raises a typed error for rather than leaving out. */
function required<V>(v: V | undefined, key: string): V {
  if (v === undefined) throw new TransformationError(`${key} could not be set`, 500);
  return v;
}

/** The Pinterest events for one message (several when eventsMapping multiplexes; all share one event_id). */
export function transformMessage(message: unknown, rc: ResolvedConfig, now: number): PinterestEvent[] {
  if (!isObject(message)) throw new InstrumentationError(messages.notAnObject());
  const resolution = resolveEvent(message, rc);
  if (resolution === null) throw filtered(String(message.event));
  if (rc.config.consentCategories.length > 0) {
    const denied = deniedCategory(message, rc.config.consentCategories);
    if (denied !== undefined) throw consentFiltered(denied);
  }
  const ctx = context(message, rc, now, resolution);
  ctx.actionSource = required(REQUIRED.action_source.read(ctx, undefined), 'action_source');
  const event_time = required(REQUIRED.event_time.read(ctx, undefined), 'event_time');
  const event_id = required(REQUIRED.event_id.read(ctx, undefined), 'event_id');
  ctx.country = addressCountry(ctx);

  const userData: UserData = USER_DATA.blank();
  fillRows(userData, USER_DATA, ctx);
  const draft = new NewDraft(ctx.eventName, ctx.actionSource, event_time, event_id, userData);
  fillRows(draft, EVENT, ctx);
  const appInfo: AppInfo = APP_INFO.blank();
  if (fillRows(appInfo, APP_INFO, ctx) > 0) draft.app_info = appInfo;
  const deviceInfo: DeviceInfo = DEVICE_INFO.blank();
  if (fillRows(deviceInfo, DEVICE_INFO, ctx) > 0) draft.device_info = deviceInfo;
  const customData: CustomData = CUSTOM_DATA.blank();
  let withCustomData = fillRows(customData, CUSTOM_DATA, ctx) > 0;
  if (rc.customMappings.length > 0) {
    const parts = {
      event: draft,
      user_data: userData,
      custom_data: customData,
      app_info: {},
      device_info: {},
    };
    applyCustomMappings(message, parts, rc.customMappings, ctx);
    if (hasKeys(parts.app_info)) draft.app_info = parts.app_info;
    if (hasKeys(parts.device_info)) draft.device_info = parts.device_info;
    withCustomData = hasKeys(customData);
  }
  if (withCustomData) draft.custom_data = customData;
  if (!complete(draft)) throw new InstrumentationError(messages.noIdentifier());
  const event = draft;
  const names = resolution.names;
  return names.length === 1 ? [event] : names.map((event_name) => separateCopy(event_name, event));
}

/** Multiplexed events must not share nested objects: a later mutation of one must not change the other. */
const separateCopy = (event_name: PinterestEventName, e: PinterestEvent): PinterestEvent => ({
  ...e,
  event_name,
  user_data: { ...e.user_data },
  ...(e.custom_data ? { custom_data: { ...e.custom_data } } : {}),
});
