// One CDP message → the Pinterest event(s) it stands for (SPEC §5–§7), or a typed error.
import type { ResolvedConfig } from './config/resolve';
import { applyCustomMappings } from './custom-mappings';
import { buildCustomData, type CustomData } from './custom-data';
import { clickIdDenied, withoutEpik } from './consent';
import { InstrumentationError, filtered, messages } from './errors';
import { normalizeEventName, type PinterestEventName } from './event-names';
import {
  actionSource,
  appFields,
  eventId,
  eventSourceUrl,
  eventTime,
  language,
  optOut,
} from './event-fields';
import { EVENT_BY_NAME, GENERIC_CUSTOM_DATA, type CustomDataField } from './events';
import { asText, compilePath, getPath, isObject } from './paths';
import { addressCountry, buildUserData, hasIdentifier, type UserData } from './user-data';

export type PinterestEvent = Record<string, unknown>;

interface Resolution {
  names: readonly PinterestEventName[];
  customData: readonly CustomDataField[];
  singleProduct: boolean;
}

const PAGE_ONLY: Resolution = { names: ['page_visit'], customData: [], singleProduct: false };

/** Which Pinterest event(s) a message becomes; throws for unsupported types, returns null when filtered. */
function resolveEvent(message: Record<string, unknown>, rc: ResolvedConfig): Resolution | null {
  const type = asText(message.type)?.toLowerCase();
  if (type === undefined) throw new InstrumentationError(messages.noType());
  if (type === 'page') {
    const mapped = rc.eventsMapping.get('page');
    return mapped ? { ...PAGE_ONLY, names: mapped } : PAGE_ONLY;
  }
  if (type === 'screen') {
    const name = typeof message.name === 'string' ? normalizeEventName(message.name) : '';
    const mapped = name ? rc.eventsMapping.get(name) : undefined;
    return mapped ? resolveTrack(name, mapped, rc) : PAGE_ONLY;
  }
  if (type !== 'track') throw new InstrumentationError(messages.unsupportedType(String(message.type)));
  const event = message.event;
  if (typeof event !== 'string' || event.trim() === '')
    throw new InstrumentationError(messages.noEventName());
  const name = normalizeEventName(event);
  return resolveTrack(name, rc.eventsMapping.get(name), rc);
}

function resolveTrack(
  name: string,
  mapped: readonly PinterestEventName[] | undefined,
  rc: ResolvedConfig,
): Resolution | null {
  const row = EVENT_BY_NAME.get(name);
  const customData = row?.customData ?? GENERIC_CUSTOM_DATA;
  const singleProduct = row?.singleProduct ?? false;
  if (mapped) return { names: mapped, customData, singleProduct };
  if (row) return { names: [row.to], customData, singleProduct };
  if (rc.config.sendAsCustomEvent)
    return { names: ['custom'], customData: GENERIC_CUSTOM_DATA, singleProduct: false };
  return null;
}

const LDP_SOURCES = ['properties.opt_out_type', 'context.traits.opt_out_type'].map(compilePath);
const CONTEXT_LDP = compilePath('context.ldp');

// Pinterest: opt_out_type "LDP" flags Limited Data Processing (US state privacy laws).
function isLdp(message: unknown, rc: ResolvedConfig): boolean {
  if (rc.config.limitedDataProcessing || getPath(message, CONTEXT_LDP) === true) return true;
  return LDP_SOURCES.some((p) => asText(getPath(message, p))?.toUpperCase() === 'LDP');
}

/** The Pinterest events for one message (several when eventsMapping multiplexes; all share one event_id). */
export function transformMessage(message: unknown, rc: ResolvedConfig, now: number): PinterestEvent[] {
  if (!isObject(message)) throw new InstrumentationError(messages.notAnObject());
  const resolution = resolveEvent(message, rc);
  const { config } = rc;
  if (resolution === null) throw filtered(String(message.event));

  const base: PinterestEvent = {
    action_source: actionSource(message, config.actionSource),
    event_time: eventTime(message, now, config.maxEventAgeDays),
    event_id: eventId(message, rc.dedupPath, config.deduplicationKey),
  };
  const type = String(message.type).toLowerCase();
  const source = base.action_source as string;
  if (source === 'web') {
    const url = eventSourceUrl(message, type === 'page');
    if (url !== undefined) base.event_source_url = clickIdDenied(message) ? withoutEpik(url) : url;
  }
  if (source.startsWith('app_')) appFields(message, base);
  if (config.partnerName) base.partner_name = config.partnerName;
  const opt = optOut(message);
  if (opt !== undefined) base.opt_out = opt;
  const lang = language(message);
  if (lang !== undefined) base.language = lang;

  const phoneCountry = config.defaultPhoneCountry || undefined;
  base.user_data = buildUserData(message, rc.externalIdPaths, phoneCountry);

  const customData: CustomData = buildCustomData(
    message.properties,
    resolution.customData,
    resolution.singleProduct,
  );
  if (isLdp(message, rc)) customData.opt_out_type = 'LDP';
  if (Object.keys(customData).length > 0) base.custom_data = customData;

  if (rc.customMappings.length > 0) {
    applyCustomMappings(message, base, rc.customMappings, {
      country: addressCountry(message),
      defaultPhoneCountry: phoneCountry,
    });
  }
  if (!hasIdentifier(base.user_data as UserData)) {
    throw new InstrumentationError(messages.noIdentifier());
  }
  return resolution.names.map((event_name) =>
    resolution.names.length === 1 ? { event_name, ...base } : separateCopy(event_name, base),
  );
}

/** Multiplexed events must not share nested objects: a later mutation of one must not change the other. */
const separateCopy = (event_name: string, base: PinterestEvent): PinterestEvent => ({
  event_name,
  ...base,
  user_data: { ...(base.user_data as object) },
  ...(base.custom_data ? { custom_data: { ...(base.custom_data as object) } } : {}),
});
