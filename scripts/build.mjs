// Build: esbuild bundles the package entry, the CLI and the service to CommonJS; tsc writes the .d.ts files.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// iso-3166 and quick-lru ship ES modules only: bundle them so that require() works on every Node.js 20. So is
// libphonenumber-js (with its metadata, so that code and data are of one version): bundled from its ES6-only build
// (`core/es6`, libphonenumber-js ≥ 1.13.0), the same source as its default build without the ES5 helpers (an object
// spread per call) that made a phone number not seen before cost ~4 µs to parse instead of ~2.3 µs (SPEC §14).
// Those three are devDependencies. Peer dependencies stay external: the host's own integrations-lib must be the
// one our errors come from.
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];

// The wire types are generated from Pinterest's schema and committed: a stale copy fails the build.
execFileSync(process.execPath, ['scripts/generate-types.mjs', '--check'], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external,
  alias: { 'libphonenumber-js/core': 'libphonenumber-js/core/es6' },
  sourcemap: true,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
});
// The package's bin: `npx pinterest-capi` in this repository runs it directly, so it must stay executable after a rebuild.
chmodSync('dist/cli.js', 0o755);
await build({ ...common, entryPoints: ['src/service/main.ts'], outfile: 'dist/service.js' });
// buildApp() on its own, for embedding the service and for the HTTP benchmark.
await build({ ...common, entryPoints: ['src/service/app.ts'], outfile: 'dist/service/app.js' });
// The host's config definition files, for a control plane to register the destination with (package "./config/*").
for (const name of ['db-config.json', 'schema.json', 'ui-config.json'])
  cpSync(`src/destinations/pinterest_capi/config/${name}`, `dist/config/${name}`);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
console.log('built dist/');
