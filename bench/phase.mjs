// One benchmark phase of one side over the SPEC §14 workload; prints JSON for bench/run.mjs.
//   node bench/phase.mjs --side ours|peer --phase process|router|http --events N [--runs N] [--peer DIR]
//     [--clients N] [--workers N] [--cpu-prof DIR]
// In-process phases time the transform only: inputs are built outside the clock, one chunk of 1,000 at a time.
// Every phase first sends the first chunk untimed (over HTTP once per connection): the peer compiles its workflow on
// first use, and both JITs warm up.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { loadPeer, PEER_DEST_TYPE, peerDestination, peerService } from './peer.mjs';
import { freePort, startFlags, startService } from './service.mjs';
import { destination, inputs, USERS } from './workload.mjs';

const { values: opt } = parseArgs({
  options: {
    side: { type: 'string', default: 'ours' },
    phase: { type: 'string' },
    events: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '1' },
    peer: { type: 'string' },
    clients: { type: 'string', default: '1' },
    workers: { type: 'string' },
    users: { type: 'string', default: String(USERS) },
    'cpu-prof': { type: 'string' },
  },
});
const TOTAL = Number(opt.events);
const USER_COUNT = Number(opt.users);
const RUNS = Number(opt.runs);
const CHUNK = 1000;
const now = Date.now();
const peer = opt.side === 'peer';
if (peer && !opt.peer) throw new Error('--side peer needs --peer <dir of a built rudder-transformer>');
const makeDestination = peer ? peerDestination : destination;
const chunk = (from) => inputs(from, Math.min(CHUNK, TOTAL - from), now, makeDestination, USER_COUNT);
const mb = (b) => b / 1024 / 1024;

function transformer() {
  if (peer) return loadPeer(opt.peer);
  const dest = createRequire(import.meta.url)('../dist/index.js');
  return { process: (input) => dest.process(input), router: (batch) => dest.processRouterDest(batch) };
}

/** Events in router outputs; any failed input means the workload or the config mapping is wrong. */
function routerEvents(outputs) {
  let n = 0;
  for (const o of outputs) {
    if (!o.batched)
      throw new Error(`the workload should transform without errors: ${o.statusCode} ${o.error}`);
    n += o.batchedRequest.body.JSON.data.length;
  }
  return n;
}

async function inProcess(fn) {
  await fn(chunk(0)); // warm-up, untimed
  const runs = [];
  for (let run = 1; run <= RUNS; run += 1) {
    let ns = 0n;
    let cpuUs = 0;
    let events = 0;
    for (let from = 0; from < TOTAL; from += CHUNK) {
      const batch = chunk(from);
      const cpu = process.cpuUsage();
      const t = process.hrtime.bigint();
      events += await fn(batch);
      ns += process.hrtime.bigint() - t;
      const used = process.cpuUsage(cpu);
      cpuUs += used.user + used.system;
    }
    runs.push({
      run,
      events,
      eventsPerSec: events / (Number(ns) / 1e9),
      // CPU time of the whole process (GC and compiler threads included): what the work cost, however busy the
      // machine was. Wall-clock events/s drop when other jobs take the cores; this drops much less.
      eventsPerCpuSec: events / (cpuUs / 1e6),
      rssMb: mb(process.memoryUsage().rss),
    });
  }
  return { runs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const inProcessPhases = {
  process: (t) =>
    inProcess(async (batch) => {
      let n = 0;
      for (const input of batch) n += (await t.process(input)).length;
      return n;
    }),
  router: (t) => inProcess(async (batch) => routerEvents(await t.router(batch))),
};

/**
 * HTTP POST /routerTransform against the service in its own process, `clients` requests in flight. The host's
 * side (serialising requests, reading answers) is not the service's work: bodies are serialised before the clock,
 * answers are read as text and only the first is parsed and checked, after the clock.
 */
async function http() {
  const clients = Number(opt.clients);
  const port = await freePort();
  const ours = {
    args: [
      ...startFlags(),
      ...(opt['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${opt['cpu-prof']}`] : []),
      fileURLToPath(new URL('../dist/service.js', import.meta.url)),
    ],
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...(opt.workers ? { WORKERS: opt.workers } : {}),
    },
  };
  const service = await startService({ ...(peer ? peerService(opt.peer, port) : ours), port });
  const destType = peer ? PEER_DEST_TYPE : 'pinterest_capi';
  const bodies = [];
  for (let from = 0; from < TOTAL; from += CHUNK)
    bodies.push(Buffer.from(JSON.stringify({ input: chunk(from), destType })));
  const pool = new Pool(service.url, { connections: clients });
  // Answers are read as bytes (decoding them is the host's work); `keep` returns the first one as text.
  const post = async (body, keep = false) => {
    const res = await pool.request({
      path: '/routerTransform',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (keep || res.statusCode !== 200) {
      const text = await res.body.text();
      if (res.statusCode !== 200)
        throw new Error(`/routerTransform answered ${res.statusCode}: ${text.slice(0, 300)}`);
      return text;
    }
    let bytes = 0;
    for await (const part of res.body) bytes += part.length;
    if (bytes === 0) throw new Error('/routerTransform answered 200 with an empty body');
    return undefined;
  };
  const runs = [];
  try {
    // Warm-up, untimed: one request on each of the pool's connections at once. node:cluster hands connections to the
    // workers in turn, so every worker gets warm-up traffic; with one request, the other workers of WORKERS=2 took
    // their first timed requests cold (docs/performance.md, "Session 10").
    await Promise.all(Array.from({ length: clients }, () => post(bodies[0])));
    for (let run = 1; run <= RUNS; run += 1) {
      service.watch();
      const cpu = process.cpuUsage();
      const t = process.hrtime.bigint();
      let next = 0;
      let first;
      const client = async () => {
        for (let i = next++; i < bodies.length; i = next++) {
          const text = await post(bodies[i], i === 0);
          if (i === 0) first = text;
        }
      };
      await Promise.all(Array.from({ length: clients }, client));
      const sec = Number(process.hrtime.bigint() - t) / 1e9;
      const used = process.cpuUsage(cpu);
      const observed = service.observed(sec);
      const events = routerEvents(JSON.parse(first).output) === Math.min(CHUNK, TOTAL) ? TOTAL : NaN;
      runs.push({
        run,
        events,
        eventsPerSec: events / sec,
        eventsPerCpuSec: events / observed.serviceCpuSec,
        rssMb: observed.peakRssMb,
        clientCpuPct: ((used.user + used.system) / 1e6 / sec) * 100,
        requestMb: mb(bodies[0].length),
        answerMb: mb(Buffer.byteLength(first)),
        ...observed,
      });
    }
  } finally {
    await pool.close();
    await service.stop();
  }
  return {
    runs,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    clients,
    workers: opt.workers ?? null,
  };
}

const out = opt.phase === 'http' ? await http() : await inProcessPhases[opt.phase](transformer());
process.stdout.write(JSON.stringify({ side: opt.side, phase: opt.phase, ...out }));
process.exit(0);
