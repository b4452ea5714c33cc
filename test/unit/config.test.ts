// Config: zod and the generated JSON Schema agree, generated files are current, messages name field and rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { ConfigurationError } from '@rudderstack/integrations-lib/build/errors';
import { fullConfigSchema } from '../../src/destinations/pinterest_capi/config/schema';
import { resolveConfig, serverConfigProblems } from '../../src/destinations/pinterest_capi/config/resolve';
import { CONFIG_DIR, files } from '../../scripts/generate-config';

const ajv = new Ajv({ allErrors: true, strict: false });
const generated = files() as Record<string, { configSchema?: object }>;
const validate = ajv.compile(generated['schema.json']!.configSchema as object);

const ok = { adAccountId: '549755885175', accessToken: 'tok' };

const corpus: unknown[] = [
  ok,
  {},
  { ...ok, adAccountId: 'act_123' },
  { ...ok, adAccountId: '1234567890123456789' },
  { ...ok, adAccountId: 549755885175 },
  { ...ok, accessToken: '' },
  { ...ok, accessToken: 5 },
  { ...ok, testMode: 'true' },
  { ...ok, eventsMapping: [{ from: 'Purchase', to: 'checkout' }] },
  { ...ok, eventsMapping: [{ from: 'Purchase', to: 'purchase' }] },
  { ...ok, eventsMapping: [{ from: '', to: '' }] },
  { ...ok, eventsMapping: [{ from: '  ', to: 'lead' }] },
  { ...ok, eventsMapping: [{ from: 'x' }] },
  { ...ok, eventsMapping: 'checkout' },
  { ...ok, customMappings: [{ from: 'properties.coupon', to: 'custom_data.content_name' }] },
  { ...ok, customMappings: [{ from: 'properties.coupon', to: 'custom_data.coupon' }] },
  { ...ok, customMappings: [{ from: 'properties..x', to: 'custom_data.content_name' }] },
  { ...ok, customMappings: [{ from: 'a', to: 'user_data.fn', hash: 'yes' }] },
  { ...ok, customMappings: [{ from: 'a', to: 'user_data.fn', hash: false }] },
  { ...ok, customMappings: [{ from: 'a', to: 'user_data.fn', hash: true }] },
  { ...ok, partnerName: 'ss-acme' },
  { ...ok, partnerName: 'Acme' },
  { ...ok, partnerName: '' },
  { ...ok, actionSource: 'tv' },
  { ...ok, externalIdFrom: 'both' },
  { ...ok, defaultPhoneCountry: 'GB' },
  { ...ok, defaultPhoneCountry: 'gb' },
  { ...ok, defaultPhoneCountry: 'XX' },
  { ...ok, maxEventAgeDays: 0 },
  { ...ok, maxEventAgeDays: -1 },
  { ...ok, maxEventAgeDays: 1.5 },
  { ...ok, batchSize: 1000 },
  { ...ok, batchSize: 1001 },
  { ...ok, batchSize: 0 },
  { ...ok, pixelId: '2613210818064' },
  { ...ok, pixelId: 'abc' },
  { ...ok, cookieLifetimeDays: 401 },
  { ...ok, customEventPropertyValue: 'has space' },
  { ...ok, extraPixelIds: '["2613210818064","2613210818065"]' },
  { ...ok, extraPixelIds: '[2613210818064]' },
  { ...ok, extraPixelIds: 'not json' },
  { ...ok, extraPixelIds: ['2613210818064'] },
  { ...ok, extraPixelIds: [2613210818064] },
  { ...ok, deduplicationKey: 'properties.order_id' },
  { ...ok, deduplicationKey: 'a..b' },
  { ...ok, someHostKey: { anything: true } },
  { ...ok, consentCategories: ['C0004', 'Advertising'] },
  { ...ok, consentCategories: [] },
  { ...ok, consentCategories: [''] },
  { ...ok, consentCategories: ['  '] },
  { ...ok, consentCategories: 'C0004' },
  { ...ok, consentCategories: [4] },
  // The host's standard settings (SPEC §4.3), in its shapes.
  { ...ok, eventFilteringOption: 'whitelistedEvents', whitelistedEvents: [{ eventName: 'Order Completed' }] },
  { ...ok, eventFilteringOption: 'blacklistedEvents', blacklistedEvents: [{ eventName: '' }] },
  { ...ok, eventFilteringOption: 'allowlist' },
  { ...ok, whitelistedEvents: ['Order Completed'] },
  { ...ok, blacklistedEvents: [{ eventName: 'x'.repeat(101) }] },
  { ...ok, consentManagement: [{ provider: 'oneTrust', consents: [{ consent: 'C0004' }] }] },
  { ...ok, consentManagement: { web: [{ provider: 'ketch', consents: [{ consent: 'marketing' }] }] } },
  { ...ok, consentManagement: { web: [{ provider: 'custom', consents: [], resolutionStrategy: 'or' }] } },
  { ...ok, consentManagement: { web: [{ provider: 'custom', consents: [] }] } },
  { ...ok, consentManagement: { ios: [{ provider: 'iubenda', consents: [], resolutionStrategy: 'xor' }] } },
  { ...ok, consentManagement: { web: [{ provider: 'cookiebot', consents: [] }] } },
  { ...ok, consentManagement: { tv: [{ provider: 'oneTrust', consents: [] }] } },
  { ...ok, consentManagement: 'oneTrust' },
  { ...ok, oneTrustCookieCategories: [{ oneTrustCookieCategory: 'Targeting Cookies' }] },
  { ...ok, oneTrustCookieCategories: { web: [{ oneTrustCookieCategory: 'C0004' }], android: [] } },
  { ...ok, oneTrustCookieCategories: { web: [{ oneTrustCookieCategory: 4 }] } },
  { ...ok, ketchConsentPurposes: { web: [{ purpose: 'marketing' }] } },
  { ...ok, ketchConsentPurposes: [{ purpose: 'analytics' }, { purpose: 'x'.repeat(101) }] },
];

describe('the generated config definition', () => {
  it.each(Object.keys(generated))('%s is up to date (npm run config:generate)', (name) => {
    const onDisk = JSON.parse(readFileSync(join(CONFIG_DIR, name), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(generated[name])));
  });

  it.each(corpus.map((c) => [JSON.stringify(c), c]))('zod and schema.json agree on %s', (_, config) => {
    expect(validate(config)).toBe(fullConfigSchema.safeParse(config).success);
  });

  it('zod and schema.json agree on generated configs', () => {
    const field = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom('', '549755885175', 'ss-x', 'GB', '[]'),
    );
    const arb = fc.record(
      {
        adAccountId: field,
        accessToken: field,
        testMode: field,
        partnerName: field,
        batchSize: fc.oneof(fc.integer({ min: -5, max: 2000 }), field),
        defaultPhoneCountry: field,
        extraPixelIds: fc.oneof(field, fc.array(fc.oneof(fc.stringMatching(/^\d{1,13}$/), fc.integer()))),
        eventsMapping: fc.array(
          fc.record({ from: field, to: fc.oneof(field, fc.constantFrom('checkout', 'lead')) }),
        ),
        consentCategories: fc.oneof(field, fc.array(field)),
        eventFilteringOption: fc.oneof(
          field,
          fc.constantFrom('disable', 'whitelistedEvents', 'blacklistedEvents'),
        ),
        whitelistedEvents: fc.oneof(field, fc.array(fc.record({ eventName: field }))),
        consentManagement: fc.oneof(
          field,
          fc.array(
            fc.record(
              {
                provider: fc.oneof(field, fc.constantFrom('custom', 'oneTrust', 'ketch', 'iubenda')),
                consents: fc.array(fc.record({ consent: field })),
                resolutionStrategy: fc.oneof(field, fc.constantFrom('and', 'or')),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        oneTrustCookieCategories: fc.oneof(
          field,
          fc.record({ web: fc.array(fc.record({ oneTrustCookieCategory: field })) }, { requiredKeys: [] }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arb, (config) => validate(config) === fullConfigSchema.safeParse(config).success),
      { numRuns: 500 },
    );
  });

  it("declares the host's standard settings: filtering by default, consent per source type (SPEC §4.3)", () => {
    const db = generated['db-config.json'] as unknown as {
      config: { destConfig: Record<string, string[]> };
    };
    const { defaultConfig, ...perSourceType } = db.config.destConfig;
    expect(defaultConfig).toEqual(
      expect.arrayContaining(['eventFilteringOption', 'whitelistedEvents', 'blacklistedEvents']),
    );
    expect(defaultConfig).not.toContain('consentManagement');
    expect(Object.keys(perSourceType).sort()).toEqual([
      'amp',
      'android',
      'cloud',
      'cordova',
      'flutter',
      'ios',
      'reactnative',
      'shopify',
      'unity',
      'web',
    ]);
    for (const keys of Object.values(perSourceType)) {
      expect(keys).toEqual(['consentManagement', 'oneTrustCookieCategories', 'ketchConsentPurposes']);
    }
    const ui = JSON.stringify(generated['ui-config.json']);
    for (const key of [
      'eventFilteringOption',
      'whitelistedEvents',
      'blacklistedEvents',
      'consentManagement',
      'oneTrustCookieCategories',
      'ketchConsentPurposes',
      'consentCategories',
    ]) {
      expect(ui).toContain(`"configKey":"${key}"`);
    }
    const props = (generated['schema.json']!.configSchema as { properties: Record<string, unknown> })
      .properties;
    expect(props.eventFilteringOption).toMatchObject({
      enum: ['disable', 'whitelistedEvents', 'blacklistedEvents'],
      default: 'disable',
    });
  });

  it('never blocks server events over a host setting (the host applies them, not us)', () => {
    expect(
      serverConfigProblems({ ...ok, eventFilteringOption: 'allowlist', consentManagement: 'x' }),
    ).toEqual([]);
  });

  it('lists the access token as a secret and page/screen/track as cloud message types', () => {
    const db = generated['db-config.json'] as unknown as { config: Record<string, unknown> };
    expect(db.config.secretKeys).toEqual(['accessToken']);
    expect(db.config.supportedMessageTypes).toEqual({ cloud: ['page', 'screen', 'track'] });
    expect(db.config.transformAtV1).toBe('router');
  });
});

describe('config problems', () => {
  it.each([
    [{ ...ok, adAccountId: 'act_123' }, 'adAccountId must be digits only (got "act_123")'],
    [
      { ...ok, adAccountId: '1234567890123456789' },
      'adAccountId must be at most 18 digits (got "1234567890123456789")',
    ],
    [{ accessToken: 'tok' }, 'adAccountId is required'],
    [{ adAccountId: '1' }, 'accessToken is required'],
    [{ ...ok, partnerName: 'Acme' }, 'partnerName must match ^ss-[a-z0-9_-]+$ (got "Acme")'],
    [{ ...ok, batchSize: 5000 }, 'batchSize must be a whole number from 1 to 1000 (got 5000)'],
    [
      { ...ok, eventsMapping: [{ from: 'Buy', to: 'purchase' }] },
      `eventsMapping[0].to must be one of Pinterest's 22 event names (got "purchase")`,
    ],
    [
      { ...ok, customMappings: [{ from: 'properties.email', to: 'user_data.em', hash: true }] },
      'customMappings[0].hash is not a setting: hashing is automatic (64-hex values pass through as pre-hashed); remove it (got true)',
    ],
    [
      { ...ok, consentCategories: 'C0004' },
      'consentCategories must be a list of consent category IDs, e.g. ["C0004"] (got "C0004")',
    ],
    [
      { ...ok, consentCategories: [''] },
      'consentCategories[0] must be a list of consent category IDs, e.g. ["C0004"] (got "")',
    ],
    [
      { ...ok, defaultPhoneCountry: 'XX' },
      'defaultPhoneCountry must be an ISO 3166 alpha-2 country code (got "XX")',
    ],
  ])('%j → %s', (config, message) => {
    expect(serverConfigProblems(config)).toEqual([message]);
    expect(() => resolveConfig({ ID: `d-${message}`, Config: config })).toThrow(
      new ConfigurationError(message),
    );
  });

  it('never echoes the access token', () => {
    const problems = serverConfigProblems({ ...ok, accessToken: 12345 });
    expect(problems).toEqual(['accessToken must not be empty']);
    expect(problems.join()).not.toContain('12345');
  });

  it('reports sync problems without blocking server events', () => {
    const rc = resolveConfig({ ID: 'd-sync', Config: { ...ok, extraPixelIds: 'not json' } });
    expect(rc.syncProblems).toEqual([
      'extraPixelIds must be a JSON array of digit strings, e.g. ["2613210818064","2613210818065"] (got "not json")',
    ]);
  });

  it('parses a config once per destination and fingerprint', () => {
    const a = resolveConfig({ ID: 'd-cache', Config: { ...ok } });
    expect(resolveConfig({ ID: 'd-cache', Config: { ...ok } })).toBe(a);
    expect(resolveConfig({ ID: 'd-cache', Config: { ...ok, testMode: true } })).not.toBe(a);
  });
});
