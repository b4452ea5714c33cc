// Build: esbuild bundles the package entry, the CLI and the service to CommonJS; tsc writes the .d.ts files.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// iso-3166 and quick-lru ship ES modules only: bundle them so that require() works on every Node.js 20.
// Peer dependencies stay external too: the host's own integrations-lib must be the one our errors come from.
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})].filter(
  (d) => d !== 'iso-3166' && d !== 'quick-lru',
);

// The wire types are generated from Pinterest's schema and committed: a stale copy fails the build.
execFileSync(process.execPath, ['scripts/generate-types.mjs', '--check'], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external,
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
