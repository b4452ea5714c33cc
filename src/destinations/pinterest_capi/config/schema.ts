// The destination config as one zod schema: types, validation messages and the host's config files derive from it.
import countries from 'i18n-iso-countries/index';
import { z } from 'zod';
import { PINTEREST_EVENT_NAMES } from '../event-names';
import { CUSTOM_MAPPING_TARGETS } from '../pinterest-fields';
import { RULE } from './rules';

const text = (rule: string = RULE.string) =>
  z.string({ error: (iss) => (iss.input === undefined ? RULE.required : rule) });
const bool = (dflt: boolean) => z.boolean({ error: RULE.boolean }).default(dflt);
const int = (min: number, max: number | undefined, rule: string) => {
  const n = z.int({ error: rule }).min(min, { error: rule });
  return max === undefined ? n : n.max(max, { error: rule });
};
/** Optional text: a host UI sends "" for an untouched field, which means "not set". */
const optionalText = (pattern: RegExp, rule: string) =>
  z.union([z.literal(''), text(rule).regex(pattern, { error: rule })], { error: rule }).optional();

/** Host UIs leave blank rows in key-value tables; they mean nothing. */
const blank = (v: unknown) => v === undefined || v === '';
const dropBlankRows = (rows: unknown) =>
  Array.isArray(rows)
    ? rows.filter(
        (r) => !(r && typeof r === 'object' && blank((r as never)['from']) && blank((r as never)['to'])),
      )
    : rows;
const rows = <T extends z.ZodType>(row: T) => z.preprocess(dropBlankRows, z.array(row, { error: RULE.list }));

const PIXEL_ID = /^\d+$/;
const PIXEL_ID_LIST_TEXT = /^\s*\[\s*(?:"\d+"\s*(?:,\s*"\d+"\s*)*)?\]\s*$/;
const ALPHA2 = Object.keys(countries.getAlpha2Codes());

export const connectionShape = {
  // Pinterest: ad_account_id is "^\d+$", at most 18 characters (path parameter of events/create).
  adAccountId: text(RULE.digits).regex(/^\d+$/, { error: RULE.digits }).max(18, { error: RULE.maxDigits }),
  accessToken: text(RULE.nonEmpty).min(1, { error: RULE.required }),
};

export const syncShape = {
  pixelId: optionalText(PIXEL_ID, RULE.digits),
  cookieLifetimeDays: int(1, 400, RULE.lifetime).default(45),
  customEventPropertyValue: text(RULE.noSpaces)
    .regex(/^\S+$/, { error: RULE.noSpaces })
    .default('MetaRouterSync'),
  extraPixelIds: z
    .union(
      [
        text(RULE.pixelIds).regex(PIXEL_ID_LIST_TEXT, { error: RULE.pixelIds }),
        z.array(text(RULE.pixelIds).regex(PIXEL_ID, { error: RULE.pixelIds })),
      ],
      { error: RULE.pixelIds },
    )
    .default([]),
};

export const behaviourShape = {
  testMode: bool(false),
  eventsMapping: rows(
    z.object({
      from: text(RULE.nonEmpty).regex(/\S/, { error: RULE.nonEmpty }),
      to: z.enum(PINTEREST_EVENT_NAMES, { error: RULE.eventName }),
    }),
  ).default([]),
  sendAsCustomEvent: bool(false),
  customMappings: rows(
    z.object({
      from: text(RULE.path).regex(/^[^.\s]+(\.[^.\s]+)*$/, { error: RULE.path }),
      to: z.enum(CUSTOM_MAPPING_TARGETS, { error: RULE.target }),
      // SPEC §6.5: keys Pinterest wants hashed always are; a flag that could turn it off would be a lie.
      hash: z.never({ error: RULE.hashAutomatic }).optional(),
    }),
  ).default([]),
  deduplicationKey: text(RULE.path)
    .regex(/^([^.\s]+(\.[^.\s]+)*)?$/, { error: RULE.path })
    .default('messageId'),
  // Pinterest: partner_name follows the "ss-partnername" lowercase convention.
  partnerName: optionalText(/^ss-[a-z0-9_-]+$/, RULE.partnerName),
  actionSource: z
    .enum(['auto', 'web', 'app_ios', 'app_android', 'offline'], { error: RULE.actionSource })
    .default('auto'),
  externalIdFrom: z
    .enum(['anonymousId', 'userId', 'both'], { error: RULE.externalIdFrom })
    .default('anonymousId'),
  limitedDataProcessing: bool(false),
  defaultPhoneCountry: z
    .union(
      [z.literal(''), z.enum([...ALPHA2, ...ALPHA2.map((c) => c.toLowerCase())], { error: RULE.country })],
      {
        error: RULE.country,
      },
    )
    .optional(),
  maxEventAgeDays: int(0, undefined, RULE.maxAge).default(7),
  batchSize: int(1, 1000, RULE.batchSize).default(1000),
  // SPEC §6.6: our own gate, for hosts that do not filter consent themselves.
  consentCategories: z
    .array(text(RULE.consentCategories).regex(/\S/, { error: RULE.consentCategories }), {
      error: RULE.consentCategories,
    })
    .default([]),
};

/** The host's source types (RudderStack integrations-config), for settings it keeps per source type. */
export const SOURCE_TYPES = [
  'android',
  'ios',
  'web',
  'unity',
  'amp',
  'cloud',
  'reactnative',
  'flutter',
  'cordova',
  'shopify',
] as const;

/** A setting the host keeps per source type: the stored form keyed by source type, or one type's list as sent. */
const perSourceType = <T extends z.ZodType>(list: T) =>
  z.union([list, z.object(Object.fromEntries(SOURCE_TYPES.map((t) => [t, list.optional()])))], {
    error: RULE.perSourceType,
  });
const idRows = <K extends string>(key: K) =>
  z.array(z.object({ [key]: text(RULE.hostId).max(100, { error: RULE.hostId }) } as Record<K, z.ZodString>), {
    error: RULE.list,
  });
const consents = z.array(z.object({ consent: text(RULE.hostId).max(100, { error: RULE.hostId }) }), {
  error: RULE.list,
});
const strategy = z.enum(['and', 'or'], { error: RULE.resolutionStrategy });
// A custom provider needs a resolution strategy; the others may state one.
const consentProvider = z.discriminatedUnion(
  'provider',
  [
    z.object({ provider: z.literal('custom'), consents, resolutionStrategy: strategy }),
    z.object({
      provider: z.enum(['iubenda', 'ketch', 'oneTrust']),
      consents,
      resolutionStrategy: strategy.optional(),
    }),
  ],
  { error: RULE.consentProvider },
);

/**
 * The host's standard per-destination settings (SPEC §4.3), in its own shapes. The host applies them before any
 * transformer sees an event; we only declare them (config files, validate-config), so they never block events.
 */
export const hostShape = {
  eventFilteringOption: z
    .enum(['disable', 'whitelistedEvents', 'blacklistedEvents'], { error: RULE.eventFiltering })
    .default('disable'),
  whitelistedEvents: idRows('eventName').default([]),
  blacklistedEvents: idRows('eventName').default([]),
  consentManagement: perSourceType(z.array(consentProvider, { error: RULE.list })).optional(),
  oneTrustCookieCategories: perSourceType(idRows('oneTrustCookieCategory')).optional(),
  ketchConsentPurposes: perSourceType(idRows('purpose')).optional(),
};

/** What blocks server events: connection and behaviour fields. Unknown keys are ignored (hosts add their own). */
export const serverConfigSchema = z.object({ ...connectionShape, ...behaviourShape });
/** Browser-sync fields: reported, never blocking server events. */
export const syncConfigSchema = z.object(syncShape);
/** Every field, for the host's config definition and `validate-config`. */
export const fullConfigSchema = z.object({
  ...connectionShape,
  ...syncShape,
  ...behaviourShape,
  ...hostShape,
});

export type ServerConfig = z.output<typeof serverConfigSchema>;
export type SyncConfig = z.output<typeof syncConfigSchema>;
export type ConfigInput = z.input<typeof fullConfigSchema>;
