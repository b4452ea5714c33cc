// The built package: `require('pinterest-capi-destination')` exposes the destination module of SPEC §3.1; `./sync` has types.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// A site's TypeScript, against the package as npm packs it (the tarball unpacked where npm would install it).
const SITE_TS = `import { init, type PinterestCapiSync, type PinterestProvider, type SyncConfig } from 'pinterest-capi-destination/sync';

const config: SyncConfig = { pixelId: '2613210818063', extraPixelIds: ['2613210818064'], consent: () => true };
const sync: PinterestCapiSync = init(config);
const epik: string | undefined = sync.getEpik();
const name: string = sync.enrich({ type: 'track', event: 'Order Completed' }).event;
const detach: () => void = sync.attach({ track() {} });
const denied: PinterestProvider = { consent: false };
// @ts-expect-error pixelId is a string or a number (fails if the import resolved to any)
init({ pixelId: true });
export { epik, name, detach, denied };
`;

describe('types of ./sync in the packed package', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pinterest-sync-types-'));
    const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
    const installed = join(dir, 'node_modules', 'pinterest-capi-destination');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', installed, '--strip-components=1']);
    writeFileSync(join(dir, 'site.ts'), SITE_TS);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    // bundlers (exports → types); Node ESM (exports → types, a "type": "module" project); classic node10 (typesVersions)
    ['bundler', 'esnext', 'module'],
    ['node16', 'node16', 'module'],
    ['node10', 'commonjs', 'commonjs'],
  ])(
    'a site importing pinterest-capi-destination/sync type-checks (moduleResolution %s)',
    (resolution, module, type) => {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'site', private: true, type }));
      const compilerOptions = {
        strict: true,
        noEmit: true,
        module,
        moduleResolution: resolution,
        lib: ['ES2022'],
        types: [],
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['site.ts'] }));
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      // tsc's diagnostics, empty when the file type-checks
      const errors = () => {
        try {
          return execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
        } catch (error) {
          return String((error as { stdout?: string }).stdout);
        }
      };
      expect(errors()).toBe('');
    },
  );
});
