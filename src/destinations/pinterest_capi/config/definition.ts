// The host's config definition (RudderStack integrations-config layout), generated from the zod schema.
import { z } from 'zod';
import {
  behaviourShape,
  connectionShape,
  fullConfigSchema,
  hostShape,
  SOURCE_TYPES,
  syncShape,
} from './schema';
import { SECRET_FIELDS } from './rules';

type Field =
  | keyof typeof connectionShape
  | keyof typeof syncShape
  | keyof typeof behaviourShape
  | keyof typeof hostShape;

interface UiField {
  label: string;
  note: string;
  type:
    | 'textInput'
    | 'checkbox'
    | 'singleSelect'
    | 'mapping'
    | 'customMappings'
    | 'tagInput'
    | 'dynamicCustomForm'
    | 'consentManagement';
  /** A singleSelect's choices (the zod enum's values, in order). */
  options?: readonly { name: string; value: string }[];
  /** A dynamicCustomForm's row: one text field per key. */
  customFields?: readonly { type: 'textInput'; value: string; label: string }[];
}

const row = (value: string, label: string) => [{ type: 'textInput', value, label }] as const;

// Labels and notes for the host's UI; typed by the schema's keys so a new field cannot go without one.
const UI: Record<Field, UiField> = {
  adAccountId: {
    label: 'Ad Account ID',
    note: 'Your Pinterest ad account ID (digits only)',
    type: 'textInput',
  },
  accessToken: {
    label: 'Conversion Access Token',
    note: 'Generated under Conversions → API for Conversions',
    type: 'textInput',
  },
  pixelId: { label: 'Pixel ID', note: 'Your Pinterest Tag ID, used by the browser sync', type: 'textInput' },
  cookieLifetimeDays: {
    label: 'Cookie Lifetime (in days)',
    note: 'Lifetime of the _epik cookie (1–400)',
    type: 'textInput',
  },
  customEventPropertyValue: {
    label: 'Custom Event Property Value',
    note: 'Event name of the match pixel',
    type: 'textInput',
  },
  extraPixelIds: {
    label: 'Extra Pinterest Pixel IDs',
    note: 'JSON array of Tag IDs, e.g. ["2613210818064"]',
    type: 'textInput',
  },
  testMode: {
    label: 'Test Mode',
    note: 'Send ?test=true: Pinterest validates but does not record events',
    type: 'checkbox',
  },
  eventsMapping: {
    label: 'Event Mapping',
    note: 'Map your event names to Pinterest event names (one row per target)',
    type: 'mapping',
  },
  sendAsCustomEvent: {
    label: 'Send unmapped events as custom',
    note: 'Otherwise unmapped track events are filtered',
    type: 'checkbox',
  },
  customMappings: {
    label: 'Custom Field Mappings',
    note: 'Copy a message field into a Pinterest field',
    type: 'customMappings',
  },
  deduplicationKey: {
    label: 'Deduplication Key',
    note: 'Dotted path of the event_id source (default messageId)',
    type: 'textInput',
  },
  partnerName: {
    label: 'Partner Name',
    note: 'partner_name sent with every event, e.g. ss-yourcompany',
    type: 'textInput',
  },
  actionSource: { label: 'Action Source', note: 'auto derives web/app from the event', type: 'singleSelect' },
  externalIdFrom: {
    label: 'External ID from',
    note: 'Which ID is hashed into external_id',
    type: 'singleSelect',
  },
  limitedDataProcessing: {
    label: 'Limited Data Processing',
    note: 'Flag every event with opt_out_type LDP',
    type: 'checkbox',
  },
  defaultPhoneCountry: {
    label: 'Default Phone Country',
    note: 'Alpha-2 region for national phone numbers',
    type: 'textInput',
  },
  maxEventAgeDays: {
    label: 'Maximum Event Age (days)',
    note: 'Older events are rejected before sending; 0 disables',
    type: 'textInput',
  },
  batchSize: { label: 'Batch Size', note: 'Events per request (1–1000)', type: 'textInput' },
  consentCategories: {
    label: 'Consent Categories',
    note: 'Events that deny any of these consent category IDs are not sent (e.g. C0004); empty: no gating',
    type: 'tagInput',
  },
  eventFilteringOption: {
    label: 'Client-side Events Filtering',
    note: 'Applied by the host before events reach this destination',
    type: 'singleSelect',
    options: [
      { name: 'Disabled', value: 'disable' },
      { name: 'Allowlist', value: 'whitelistedEvents' },
      { name: 'Denylist', value: 'blacklistedEvents' },
    ],
  },
  whitelistedEvents: {
    label: 'Allowlisted events',
    note: 'Only these events are sent (with Allowlist)',
    type: 'dynamicCustomForm',
    customFields: row('eventName', 'Event name'),
  },
  blacklistedEvents: {
    label: 'Denylisted events',
    note: 'These events are not sent (with Denylist)',
    type: 'dynamicCustomForm',
    customFields: row('eventName', 'Event name'),
  },
  consentManagement: {
    label: 'Consent management',
    note: 'Per source type: provider (oneTrust, ketch, iubenda, custom), consent IDs, and/or for custom',
    type: 'consentManagement',
  },
  oneTrustCookieCategories: {
    label: 'OneTrust cookie categories',
    note: 'Per source type: events need consent for these categories (older setting)',
    type: 'dynamicCustomForm',
    customFields: row('oneTrustCookieCategory', 'Category name or ID'),
  },
  ketchConsentPurposes: {
    label: 'Ketch consent purposes',
    note: 'Per source type: events need consent for these purposes (older setting)',
    type: 'dynamicCustomForm',
    customFields: row('purpose', 'Purpose ID'),
  },
};

const blankRow = {
  type: 'object',
  properties: { from: { const: '' }, to: { const: '' } },
} as const;

function jsonSchema(): Record<string, unknown> {
  const s = z.toJSONSchema(fullConfigSchema, { target: 'draft-7', io: 'input' }) as {
    properties: Record<string, { items?: unknown }>;
  };
  // zod drops blank table rows before checking them (preprocess); JSON Schema states it as an alternative.
  for (const key of ['eventsMapping', 'customMappings']) {
    const p = s.properties[key] as { items: unknown };
    p.items = { anyOf: [blankRow, p.items] };
  }
  return s;
}

const section = (title: string, shape: object) => ({
  title,
  fields: Object.keys(shape).map((key) => {
    const ui = UI[key as Field];
    return {
      type: ui.type,
      label: ui.label,
      configKey: key,
      note: ui.note,
      ...(ui.options ? { options: ui.options } : {}),
      ...(ui.customFields ? { customFields: ui.customFields } : {}),
      ...(SECRET_FIELDS.has(key) ? { secret: true } : {}),
    };
  }),
});

/** The host's consent settings, which it keeps per source type (SPEC §4.3). */
const PER_SOURCE_TYPE = ['consentManagement', 'oneTrustCookieCategories', 'ketchConsentPurposes'];

export function buildConfigDefinition() {
  const keys = Object.keys(fullConfigSchema.shape).filter((k) => !PER_SOURCE_TYPE.includes(k));
  return {
    dbConfig: {
      name: 'PINTEREST_CAPI',
      displayName: 'Pinterest Conversions API',
      config: {
        transformAtV1: 'router',
        saveDestinationResponse: true,
        supportedSourceTypes: SOURCE_TYPES,
        supportedMessageTypes: { cloud: ['page', 'screen', 'track'] },
        // Cloud mode only: events reach Pinterest from the server, never from a device SDK.
        supportedConnectionModes: Object.fromEntries(SOURCE_TYPES.map((s) => [s, ['cloud']])),
        destConfig: {
          defaultConfig: keys,
          ...Object.fromEntries(SOURCE_TYPES.map((t) => [t, PER_SOURCE_TYPE])),
        },
        secretKeys: [...SECRET_FIELDS],
      },
    },
    schema: { configSchema: jsonSchema() },
    uiConfig: {
      uiConfig: {
        baseTemplate: [
          {
            title: 'Connection settings',
            sections: [{ groups: [section('Pinterest account', connectionShape)] }],
          },
          {
            title: 'Configuration settings',
            sections: [{ groups: [section('Events and fields', behaviourShape)] }],
          },
          {
            title: 'Consent and event filtering',
            sections: [{ groups: [section('Applied by the host', hostShape)] }],
          },
          {
            title: 'Browser sync',
            sections: [{ groups: [section('Pinterest CAPI sync (epik)', syncShape)] }],
          },
        ],
      },
    },
  };
}

export const configDefinition = buildConfigDefinition();
