// The built package: `require('pinterest-capi-destination')` exposes the destination module of SPEC §3.1.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

it('is built with type declarations', () => {
  expect(existsSync(join(root, 'dist', 'index.js'))).toBe(true);
  expect(existsSync(join(root, 'dist', 'index.d.ts'))).toBe(true);
});

it('can be required by its name and transforms an event', () => {
  const script = `
    const m = require('pinterest-capi-destination');
    m.process({
      message: { type: 'track', event: 'Order Completed', messageId: 'm-1', timestamp: new Date().toISOString(),
                 context: { traits: { email: ' Jane.Doe@Example.COM ' } }, properties: { revenue: '27.50', currency: 'usd' } },
      metadata: { jobId: 7 },
      destination: { ID: 'd', Config: { adAccountId: '549755885175', accessToken: 'pkg-token', testMode: true } },
    }).then((r) => console.log(JSON.stringify({ exports: Object.keys(m).sort(), r })));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
  expect(out.exports).toEqual(expect.arrayContaining(['process', 'configDefinition']));
  expect(out.r).toHaveLength(1);
  const [request] = out.r;
  expect(request).toMatchObject({
    version: '1',
    type: 'REST',
    method: 'POST',
    endpoint: 'https://api.pinterest.com/v5/ad_accounts/549755885175/events',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer pkg-token' },
    params: { test: true },
    body: { JSON_ARRAY: {}, XML: {}, FORM: {} },
    files: {},
  });
  expect(request.body.JSON.data[0]).toMatchObject({
    event_name: 'checkout',
    event_id: 'm-1',
    user_data: { em: ['86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'] },
    custom_data: { value: '27.5', currency: 'USD' },
  });
});

it("throws the host's own integrations-lib error classes (a peer dependency, not bundled)", () => {
  const script = `
    const { ConfigurationError } = require('@rudderstack/integrations-lib/build/errors');
    require('pinterest-capi-destination')
      .process({ message: {}, metadata: {}, destination: { ID: 'x', Config: { adAccountId: 'act_1', accessToken: 't' } } })
      .catch((e) => console.log(JSON.stringify({ same: e instanceof ConfigurationError, message: e.message })));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
  expect(out).toEqual({ same: true, message: 'adAccountId must be digits only (got "act_1")' });
});
