// `npm run bench:profile`: a CPU profile of the in-process transform alone (SPEC §14 workload). The inputs are built
// before the profiler starts, so the profile holds `process` (or `processRouterDest`) and its GC, nothing else.
//   node bench/profile.mjs [--phase process|router] [--events 100000] [--out ours-process.cpuprofile]
//                          [--users 2000] [--side peer --peer <dir>]
// Then: node bench/profile-summary.mjs <out>
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { loadPeer, peerDestination } from './peer.mjs';
import { USERS, destination, inputs } from './workload.mjs';

const { values: opt } = parseArgs({
  options: {
    phase: { type: 'string', default: 'process' },
    events: { type: 'string', default: '100000' },
    users: { type: 'string', default: String(USERS) },
    side: { type: 'string', default: 'ours' },
    peer: { type: 'string' },
    out: { type: 'string' },
    'interval-us': { type: 'string', default: '200' },
  },
});
const TOTAL = Number(opt.events);
const users = Number(opt.users);
const CHUNK = 1000;
const peer = opt.side === 'peer';
const out = opt.out ?? `${opt.side}-${opt.phase}.cpuprofile`;
const t = peer
  ? loadPeer(opt.peer)
  : (() => {
      const dest = createRequire(import.meta.url)('../dist/index.js');
      return { process: (i) => dest.process(i), router: (b) => dest.processRouterDest(b) };
    })();

const now = Date.now();
const chunks = [];
for (let from = 0; from < TOTAL; from += CHUNK)
  chunks.push(inputs(from, Math.min(CHUNK, TOTAL - from), now, peer ? peerDestination : destination, users));
// Warm-up outside the profile, as in bench/phase.mjs (the peer compiles its workflow on first use).
await (opt.phase === 'router'
  ? t.router(inputs(0, CHUNK, now, peer ? peerDestination : destination, users))
  : t.process(chunks[0][0]));

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: Number(opt['interval-us']) });
await session.post('Profiler.start');
const start = process.hrtime.bigint();
for (const chunk of chunks) {
  if (opt.phase === 'router') await t.router(chunk);
  else for (const input of chunk) await t.process(input);
}
const sec = Number(process.hrtime.bigint() - start) / 1e9;
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
console.log(`${opt.side} ${opt.phase}: ${TOTAL} events in ${sec.toFixed(2)} s under the profiler → ${out}`);
console.log(`summary: node bench/profile-summary.mjs ${out}`);
