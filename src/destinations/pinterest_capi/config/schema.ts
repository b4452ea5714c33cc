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
};

/** What blocks server events: connection and behaviour fields. Unknown keys are ignored (hosts add their own). */
export const serverConfigSchema = z.object({ ...connectionShape, ...behaviourShape });
/** Browser-sync fields: reported, never blocking server events. */
export const syncConfigSchema = z.object(syncShape);
/** Every field, for the host's config definition and `validate-config`. */
export const fullConfigSchema = z.object({ ...connectionShape, ...syncShape, ...behaviourShape });

export type ServerConfig = z.output<typeof serverConfigSchema>;
export type SyncConfig = z.output<typeof syncConfigSchema>;
export type ConfigInput = z.input<typeof fullConfigSchema>;
