// The per-destination config cache (SPEC §4.2): parsed once per destination and content, whatever the object.
import { resolveConfig } from '../../src/destinations/pinterest_capi/config/resolve';

const base = () => ({
  adAccountId: '549755885175',
  accessToken: 'tok',
  eventsMapping: [{ from: 'Purchase', to: 'checkout' }],
  consentCategories: ['ads'],
});

it('a fresh copy of the same config (as every router input carries) resolves to the same parse', () => {
  const a = resolveConfig({ ID: 'cc-copy', Config: base() });
  expect(resolveConfig({ ID: 'cc-copy', Config: base() })).toBe(a);
  expect(resolveConfig({ ID: 'cc-copy', Config: JSON.parse(JSON.stringify(base())) })).toBe(a);
});

it('a changed nested value is a new config, also when only a list entry changes', () => {
  const a = resolveConfig({ ID: 'cc-nested', Config: base() });
  const b = resolveConfig({
    ID: 'cc-nested',
    Config: { ...base(), eventsMapping: [{ from: 'Purchase', to: 'lead' }] },
  });
  expect(b).not.toBe(a);
  expect(b.eventsMapping.get('purchase')).toEqual(['lead']);
  const c = resolveConfig({
    ID: 'cc-nested',
    Config: { ...base(), consentCategories: ['ads', 'analytics'] },
  });
  expect(c).not.toBe(b);
  expect(c.config.consentCategories).toEqual(['ads', 'analytics']);
});

it('two config objects of one destination used in turn each resolve to their own content', () => {
  const one = base();
  const two = { ...base(), testMode: true };
  for (let i = 0; i < 3; i += 1) {
    expect(resolveConfig({ ID: 'cc-turns', Config: one }).config.testMode).toBe(false);
    expect(resolveConfig({ ID: 'cc-turns', Config: two }).config.testMode).toBe(true);
  }
});

it('the same object again is a hit without comparing; another destination ID parses its own', () => {
  const config = base();
  const a = resolveConfig({ ID: 'cc-same', Config: config });
  expect(resolveConfig({ ID: 'cc-same', Config: config })).toBe(a);
  const other = resolveConfig({ ID: 'cc-other', Config: { ...config, adAccountId: '42' } });
  expect(other.endpoint).toContain('/ad_accounts/42/');
  expect(resolveConfig({ ID: 'cc-same', Config: config }).endpoint).toContain('/ad_accounts/549755885175/');
});
