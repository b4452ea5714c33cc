// Build: bundles the browser sync (src/sync) into an ES module and an IIFE (window.PinterestCapiSync), minified; prints the IIFE's gzip size.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes pinterest-capi-sync.js (ESM) and pinterest-capi-sync.iife.js to outdir; returns their paths and sizes. */
export async function buildSync(outdir = join(root, 'dist/sync')) {
  mkdirSync(outdir, { recursive: true });
  const common = {
    entryPoints: [join(root, 'src/sync/index.ts')],
    bundle: true,
    minify: true,
    platform: 'browser',
    target: 'es2018',
    tsconfig: join(root, 'src/sync/tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
  };
  const esm = join(outdir, 'pinterest-capi-sync.js');
  const iife = join(outdir, 'pinterest-capi-sync.iife.js');
  await build({ ...common, format: 'esm', outfile: esm });
  await build({ ...common, format: 'iife', globalName: 'PinterestCapiSync', outfile: iife });
  const code = readFileSync(iife);
  return { esm, iife, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--outdir');
  const out = await buildSync(at > 0 ? process.argv[at + 1] : undefined);
  console.log(
    `built ${out.iife}: ${out.bytes} bytes, ${out.gzipBytes} bytes gzip (level 9); ESM: ${out.esm}`,
  );
}
