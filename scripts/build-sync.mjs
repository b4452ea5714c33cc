// Build: bundles the browser sync (src/sync) into an ES module and an IIFE (window.PinterestCapiSync), minified, with
// the ES module's type declarations (types/index.d.ts); prints the IIFE's gzip size.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsconfig = join(root, 'src/sync/tsconfig.json');

/** Writes pinterest-capi-sync.js (ESM), pinterest-capi-sync.iife.js and, unless `types` is false, types/*.d.ts. */
export async function buildSync(outdir = join(root, 'dist/sync'), { types = true } = {}) {
  mkdirSync(outdir, { recursive: true });
  const common = {
    entryPoints: [join(root, 'src/sync/index.ts')],
    bundle: true,
    minify: true,
    platform: 'browser',
    target: 'es2018',
    tsconfig,
    legalComments: 'none',
    logLevel: 'warning',
  };
  const esm = join(outdir, 'pinterest-capi-sync.js');
  const iife = join(outdir, 'pinterest-capi-sync.iife.js');
  await build({ ...common, format: 'esm', outfile: esm });
  await build({ ...common, format: 'iife', globalName: 'PinterestCapiSync', outfile: iife });
  if (types) {
    const typesDir = join(outdir, 'types');
    rmSync(typesDir, { recursive: true, force: true });
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const flags = ['--noEmit', 'false', '--declaration', '--emitDeclarationOnly', '--outDir', typesDir];
    execFileSync(process.execPath, [tsc, '-p', tsconfig, ...flags], { stdio: 'inherit' });
  }
  const code = readFileSync(iife);
  return { esm, iife, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--outdir');
  const types = !process.argv.includes('--no-types');
  const out = await buildSync(at > 0 ? process.argv[at + 1] : undefined, { types });
  console.log(
    `built ${out.iife}: ${out.bytes} bytes, ${out.gzipBytes} bytes gzip (level 9); ESM: ${out.esm}` +
      (types ? ' (types: types/index.d.ts)' : ''),
  );
}
