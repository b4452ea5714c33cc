// The floor of `process` on the SPEC §14 workload: a transform written by hand for this workload only (no tables,
// no rules, no checks beyond what its messages need) that gives exactly our events, timed as bench/chunks.mjs
// times ours. Not a destination: the distance between it and ours is what the generic engine costs.
//   node bench/floor.mjs [--side floor|ours] [--events 100000] [--dist ../dist]
// Checks its output against ours on the first 3,000 events (exit 1 on the first difference), then prints one JSON
// line: the phase's wall ms and events/s, the median chunk of 1,000, GC pauses inside the timed chunks.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { floor } from './floor-transform.mjs';
import { inputs } from './workload.mjs';

const { values: opt } = parseArgs({
  options: {
    side: { type: 'string', default: 'floor' },
    events: { type: 'string', default: '100000' },
    dist: { type: 'string', default: new URL('../dist', import.meta.url).pathname },
  },
});
const TOTAL = Number(opt.events);
const CHUNK = 1000;
const now = Date.now();
const dest = createRequire(import.meta.url)(resolve(opt.dist, 'index.js'));

const checked = floor(dest);
const plain = (v) => JSON.parse(JSON.stringify(v));
for (const input of inputs(0, 3000, now)) {
  const [ours, theirs] = [await dest.process(input), checked(input)];
  if (!isDeepStrictEqual(plain(ours), plain(theirs))) {
    console.error(`the floor differs from ours:\n${JSON.stringify(ours)}\n${JSON.stringify(theirs)}`);
    process.exit(1);
  }
}

const fresh = floor(dest);
const run = opt.side === 'ours' ? dest.process : async (input) => fresh(input);
const pauses = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push([e.startTime, e.duration]);
});
observer.observe({ entryTypes: ['gc'] });
for (const input of inputs(0, CHUNK, now)) await run(input); // warm-up, untimed, as in bench/phase.mjs
const ms = [];
const windows = [];
for (let from = 0; from < TOTAL; from += CHUNK) {
  const batch = inputs(from, Math.min(CHUNK, TOTAL - from), now);
  const start = performance.now();
  for (const input of batch) await run(input);
  const end = performance.now();
  ms.push(end - start);
  windows.push([start, end]);
}
await new Promise((done) => setTimeout(done, 50)); // the observer reports the last pauses asynchronously
observer.disconnect();
const timed = pauses.filter(([at]) => windows.some(([start, end]) => at >= start && at <= end));
const sum = (a) => a.reduce((s, x) => s + x, 0);
const median = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)];
const r = (x) => Math.round(x * 10) / 10;
console.log(
  JSON.stringify({
    side: opt.side,
    wallMs: r(sum(ms)),
    eventsPerSec: Math.round(TOTAL / (sum(ms) / 1000)),
    medianChunkMs: r(median),
    steadyEventsPerSec: Math.round(CHUNK / (median / 1000)),
    gcInChunksMs: r(sum(timed.map(([, d]) => d))),
  }),
);
