// The wording of every config rule: used by the zod checks and by the messages built from their failures.

export const RULE = {
  required: 'is required',
  string: 'must be a string',
  boolean: 'must be true or false',
  digits: 'must be digits only',
  maxDigits: 'must be at most 18 digits',
  nonEmpty: 'must not be empty',
  noSpaces: 'must be non-empty with no spaces',
  lifetime: 'must be a whole number of days from 1 to 400',
  pixelIds: 'must be a JSON array of digit strings, e.g. ["2613210818064","2613210818065"]',
  eventName: "must be one of Pinterest's 22 event names",
  partnerName: 'must match ^ss-[a-z0-9_-]+$',
  actionSource: 'must be one of auto, web, app_ios, app_android, offline',
  externalIdFrom: 'must be one of anonymousId, userId, both',
  country: 'must be an ISO 3166 alpha-2 country code',
  maxAge: 'must be a whole number of days, 0 or more (0 disables the check)',
  batchSize: 'must be a whole number from 1 to 1000',
  path: 'must be a dotted path such as properties.coupon',
  target: 'must name a field of a Pinterest event, e.g. custom_data.content_name or user_data.fn',
  list: 'must be a list',
  consentCategories: 'must be a list of consent category IDs, e.g. ["C0004"]',
  perSourceType: 'must be a list, or lists keyed by source type (web, ios, android, …)',
  hostId: 'must be a string of at most 100 characters',
  resolutionStrategy: 'must be and or or',
  consentProvider:
    'must name a provider (custom, iubenda, ketch, oneTrust); custom also needs a resolutionStrategy',
  eventFiltering: 'must be one of disable, whitelistedEvents, blacklistedEvents',
  hashAutomatic:
    'is not a setting: hashing is automatic (64-hex values pass through as pre-hashed); remove it',
} as const;

/** Fields whose value is never echoed in a message. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(['accessToken']);
