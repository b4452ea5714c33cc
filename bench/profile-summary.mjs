// Summarise a V8 CPU profile (.cpuprofile, from `node --cpu-prof` or `npm run bench -- --cpu-prof <dir>`):
// the top self-time functions and the share of samples per kind of work (body parsing, transform, serialising,
// framework, logging/metrics, GC, socket I/O, …). Frames of bundled code are mapped back to their sources.
//   node bench/profile-summary.mjs <file.cpuprofile> [--top 25]
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
if (positionals.length !== 1)
  throw new Error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--top N]');
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));

// The first frame from the leaf up that matches a rule decides a sample's kind of work. Frames that match none
// (V8 builtins such as JSON.parse, Buffer and crypto internals) are charged to the caller that matched.
const KINDS = [
  ['GC', (f) => f.name === '(garbage collector)'],
  ['idle', (f) => f.name === '(idle)'],
  ['V8 / native, unattributed', (f) => f.name === '(program)'],
  ['peer transformer (rudder-transformer)', (f) => /\/rudder-transformer\//.test(f.file)],
  ['start-up (module loading, compiling)', (f) => /^node:internal\/(modules|bootstrap)\//.test(f.file)],
  [
    'logging / metrics',
    (f) =>
      /node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|prom-client|tdigest|bintrees)\/|src\/service\/(logger|metrics)\.ts/.test(
        f.file,
      ),
  ],
  [
    'body parsing',
    (f) =>
      /fastify\/lib\/content-type-parser\.js|node_modules\/secure-json-parse\/|src\/service\/(json-body|body-parser|repeated-member)\.ts/.test(
        f.file,
      ),
  ],
  [
    'serialising the answer',
    (f) =>
      /fastify\/lib\/(reply|error-serializer)\.js|node_modules\/fast-json-stringify\/|src\/service\/(serialize|json-chunks)\.ts/.test(
        f.file,
      ),
  ],
  [
    'socket I/O (node net/http)',
    (f) => /^node:(net|_http_\w+|internal\/stream_base_commons|internal\/http)/.test(f.file),
  ],
  [
    'transform / router (ours)',
    (f) =>
      /(^|\/)src\/(destinations\/|index\.ts)|node_modules\/(libphonenumber-js|i18n-iso-countries|iso-3166|quick-lru|zod|lodash|@rudderstack\/integrations-lib)\//.test(
        f.file,
      ),
  ],
  [
    'Fastify / framework (and our route glue)',
    (f) =>
      /(^|\/)src\/service\/|node_modules\/(fastify|find-my-way|avvio|light-my-request|@fastify\/[^/]+|fastq|rfdc|abstract-logging|toad-cache|process-warning|safe-regex2|json-schema-ref-resolver)\//.test(
        f.file,
      ),
  ],
  ['bench harness (workload, client)', (f) => /(^|\/)bench\//.test(f.file)],
];
const OTHER = 'other (node internals, native)';

const maps = new Map();
function sourceMap(path) {
  if (!maps.has(path)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      // no map: the frame keeps its own location
    }
    maps.set(path, map);
  }
  return maps.get(path);
}

// Paths of this repository relative to its root, packages from their name on (node_modules/<pkg>/…).
const root = fileURLToPath(new URL('..', import.meta.url));
const shortPath = (p) => {
  if (p.includes('node_modules/')) return p.slice(p.lastIndexOf('node_modules/') + 13);
  return p.startsWith(root) ? relative(root, p) : p;
};

/** Name and source location (1-based line) of a frame, mapped through the bundle's source map. */
function frame(callFrame) {
  const { functionName, url, lineNumber, columnNumber } = callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return { name, file: '', where: '(native)' };
  if (!url.startsWith('file://')) return { name, file: url, where: `${url}:${lineNumber + 1}` };
  const path = fileURLToPath(url);
  const e = sourceMap(path)?.findEntry(lineNumber, columnNumber);
  if (e?.originalSource) {
    const src = e.originalSource.startsWith('file://')
      ? fileURLToPath(e.originalSource)
      : resolve(dirname(path), e.originalSource);
    return { name, file: src, where: `${shortPath(src)}:${e.originalLine + 1}` };
  }
  return { name, file: path, where: `${shortPath(path)}:${lineNumber + 1}` };
}

const nodes = new Map(profile.nodes.map((n) => [n.id, { ...n, frame: frame(n.callFrame) }]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// Nameless native code is named after the function that entered it (e.g. the C++ part of Buffer.byteLength).
for (const [id, n] of nodes)
  if (n.frame.name === '(anonymous)' && n.frame.where === '(native)' && parent.has(id))
    n.frame = {
      ...n.frame,
      name: `(native code of ${nodes.get(parent.get(id)).callFrame.functionName || '?'})`,
    };

/** Kind of work of a sample and the frame that decided it. */
const decided = new Map();
function decide(id) {
  if (!decided.has(id)) {
    let result = { kind: OTHER, by: null };
    for (let q = id; q !== undefined; q = parent.get(q)) {
      const f = nodes.get(q).frame;
      const hit = KINDS.find(([, test]) => test(f));
      if (hit) {
        result = { kind: hit[0], by: f };
        break;
      }
    }
    decided.set(id, result);
  }
  return decided.get(id);
}

const kinds = new Map();
const leaves = new Map();
for (const id of profile.samples) {
  const { kind, by } = decide(id);
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const f = nodes.get(id).frame;
  const key = `${f.name} ${f.where}`;
  if (!leaves.has(key)) leaves.set(key, { f, n: 0, kinds: new Map(), via: new Map() });
  const leaf = leaves.get(key);
  leaf.n += 1;
  leaf.kinds.set(kind, (leaf.kinds.get(kind) ?? 0) + 1);
  if (by && by !== f && by.where !== f.where) {
    const v = `${by.name} (${by.where})`;
    leaf.via.set(v, (leaf.via.get(v) ?? 0) + 1);
  }
}
const most = (m) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';

const total = profile.samples.length;
const busy = total - (kinds.get('idle') ?? 0);
const pct = (n, of) => `${((100 * n) / of).toFixed(1)} %`;
const seconds = (profile.endTime - profile.startTime) / 1e6;
console.log(
  `${positionals[0]}: ${total} samples over ${seconds.toFixed(1)} s (one per ${((seconds * 1000) / total).toFixed(2)} ms), ` +
    `${pct(busy, total)} not idle; "% busy" = share of the non-idle samples\n`,
);
console.log('| kind of work | % busy | % all |\n| --- | ---: | ---: |');
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1]))
  console.log(`| ${kind} | ${kind === 'idle' ? '—' : pct(n, busy)} | ${pct(n, total)} |`);
console.log(`\ntop ${opt.top} by self time (idle left out)\n`);
console.log('| % busy | function | where | kind (called via) |\n| ---: | --- | --- | --- |');
for (const { f, n, kinds: k, via } of [...leaves.values()]
  .filter((l) => l.f.name !== '(idle)')
  .sort((a, b) => b.n - a.n)
  .slice(0, Number(opt.top))) {
  const through = most(via);
  console.log(
    `| ${pct(n, busy)} | \`${f.name.slice(0, 60)}\` | ${f.where} | ${most(k)}${through ? ` (via ${through})` : ''} |`,
  );
}
