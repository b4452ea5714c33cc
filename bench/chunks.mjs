// Per-chunk timing of the `process` phase as bench/phase.mjs runs it (same inputs, same untimed warm-up), so that
// the cold start (first chunks) and the steady rate can be told apart on a noisy machine. `--phase floor` times the
// floor instead (bench/floor-transform.mjs: the workload's events written by hand), after checking on the first 3,000
// events that it gives exactly our requests (exit 1 otherwise).
//   node bench/chunks.mjs [--events 100000] [--phase process|router|floor] [--dist ../dist]
// Prints one JSON line: whole phase wall and CPU ms, the first 2 and 10 chunks, the median chunk as events/s, and
// the GC pauses that fell inside the timed chunks (their sum and count: mostly scavenges, which copy the chunk's
// live inputs).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { differenceFromFloor, floor } from './floor-transform.mjs';
import { inputs } from './workload.mjs';

const { values: opt } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    phase: { type: 'string', default: 'process' },
    dist: { type: 'string', default: new URL('../dist', import.meta.url).pathname },
  },
});
const TOTAL = Number(opt.events);
const CHUNK = 1000;
const now = Date.now();
const dest = createRequire(import.meta.url)(resolve(opt.dist, 'index.js'));
/** One event at a time, awaited as a host awaits `process`. */
const eachOf = (one) => async (batch) => {
  for (const input of batch) await one(input);
};
let run = eachOf(dest.process);
if (opt.phase === 'router') run = (batch) => dest.processRouterDest(batch);
if (opt.phase === 'floor') {
  const difference = await differenceFromFloor(dest, inputs(0, 3000, now));
  if (difference) {
    console.error(`the floor differs from ours:\n${difference}`);
    process.exit(1);
  }
  const timed = floor(dest);
  run = eachOf(async (input) => timed(input));
}

const pauses = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push([e.startTime, e.duration]);
});
observer.observe({ entryTypes: ['gc'] });
await run(inputs(0, CHUNK, now)); // warm-up, untimed, as in bench/phase.mjs
const ms = [];
const windows = [];
let cpuUs = 0;
for (let from = 0; from < TOTAL; from += CHUNK) {
  const batch = inputs(from, Math.min(CHUNK, TOTAL - from), now);
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run(batch);
  const end = performance.now();
  ms.push(end - start);
  windows.push([start, end]);
  const used = process.cpuUsage(cpu);
  cpuUs += used.user + used.system;
}
await new Promise((done) => setTimeout(done, 50)); // the observer reports the last pauses asynchronously
observer.disconnect();
const timed = pauses.filter(([at]) => windows.some(([start, end]) => at >= start && at <= end));
const sum = (a) => a.reduce((s, x) => s + x, 0);
const sorted = [...ms].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const r = (x) => Math.round(x * 10) / 10;
console.log(
  JSON.stringify({
    phase: opt.phase,
    wallMs: r(sum(ms)),
    cpuMs: r(cpuUs / 1000),
    first2Ms: r(sum(ms.slice(0, 2))),
    first10Ms: r(sum(ms.slice(0, 10))),
    medianChunkMs: r(median),
    steadyEventsPerSec: Math.round(CHUNK / (median / 1000)),
    firstChunksMs: ms.slice(0, 12).map(r),
    gcInChunksMs: r(sum(timed.map(([, d]) => d))),
    gcPausesInChunks: timed.length,
  }),
);
