// `npm run bench`: events/s and peak RSS for process, processRouterDest and HTTP /routerTransform (SPEC §14).
//   npm run bench [-- --peer <dir>] [--rounds N] [--runs N] [--workers 1,2] [--clients 4]
//                 [--phases process,router,http] [--events N] [--users N] [--cpu-prof <dir>]
// Each phase runs in its own child process so that its peak RSS is its own. With --peer, RudderStack's transformer
// (pinterest_tag) runs the same phases on the same workload, interleaved with ours round by round, and the ratios
// are printed; docs/performance.md explains the method and records the baseline.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { peerPaths } from './peer.mjs';
import { USERS } from './workload.mjs';

const { values: opt } = parseArgs({
  options: {
    peer: { type: 'string' },
    rounds: { type: 'string' },
    runs: { type: 'string' },
    workers: { type: 'string' },
    clients: { type: 'string', default: '4' },
    phases: { type: 'string', default: 'process,router,http' },
    events: { type: 'string', default: process.env.BENCH_EVENTS || '100000' },
    // SPEC §14's 2,000; more (e.g. 100000: nearly every event a user not seen before) measures the cache-miss path.
    users: { type: 'string', default: String(USERS) },
    'cpu-prof': { type: 'string' },
  },
});
const TOTAL = Number(opt.events);
const ROUNDS = Number(opt.rounds ?? (opt.peer ? 3 : 1));
// With --peer and for --workers: timed runs per process, the last one counts (--runs 2: a process that already did
// 100,000 events, steady state for a long-running service; 1, the default, is the first 100,000 after the warm-up).
const RUNS = Number(opt.runs ?? 1);
const phases = opt.phases.split(',').filter(Boolean); // empty (`--phases=`): only the --workers phase
const workers = opt.workers ? opt.workers.split(',') : [];
const here = (f) => fileURLToPath(new URL(f, import.meta.url));
if (opt.peer) peerPaths(opt.peer); // fail now, not after the first phase
for (const n of [TOTAL, ROUNDS, RUNS, Number(opt.clients), Number(opt.users)])
  if (!Number.isInteger(n) || n < 1)
    throw new Error('--events, --rounds, --runs, --clients and --users must be positive integers');
if (phases.some((p) => !['process', 'router', 'http'].includes(p)))
  throw new Error(`--phases: each of process, router, http (got ${opt.phases})`);

const fmt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '—');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs, digits = 1) =>
  `${median(xs).toFixed(digits)}× [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;
const load = () => `load average ${loadavg()[0].toFixed(1)} on this machine`;

/** One phase of one side in a fresh child process. */
function phase(side, name, { runs = 1, clients = 1, workersN } = {}) {
  const prof = opt['cpu-prof'] && side === 'ours';
  const nodeArgs = prof && name !== 'http' ? ['--cpu-prof', `--cpu-prof-dir=${opt['cpu-prof']}`] : [];
  const args = [
    ...nodeArgs,
    here('./phase.mjs'),
    ...['--side', side, '--phase', name, '--events', String(TOTAL), '--runs', String(runs)],
    ...['--clients', String(clients), '--users', opt.users],
    ...(side === 'peer' ? ['--peer', opt.peer] : []),
    ...(workersN ? ['--workers', workersN] : []),
    ...(prof && name === 'http' ? ['--cpu-prof', opt['cpu-prof']] : []),
  ];
  return JSON.parse(
    execFileSync(process.execPath, args, {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    }),
  );
}

console.log(
  `workload: ${TOTAL.toLocaleString('en')} events (40% Order Completed with 3 products + full PII, 30% Product Added, 30% page; ${Number(opt.users).toLocaleString('en')} users); ${load()}`,
);
console.log(
  '"/s" = events per second of wall-clock time; "/CPU-s" = events per second of CPU time used by the process doing the work',
);

if (!opt.peer) {
  // Ours alone: the router three times and HTTP twice in one process each, to show memory stays flat.
  const runsOf = { process: 1, router: 3, http: 2 };
  console.log('phase                         events/s  events/CPU-s   RSS');
  for (const name of phases) {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const out = phase('ours', name, { runs: runsOf[name] });
      for (const run of out.runs) {
        const label = `${name}${out.runs.length > 1 ? ` (run ${run.run})` : ''}`.padEnd(28);
        const busy =
          run.mainThreadCpuPct === undefined
            ? ''
            : `   main thread busy ${run.mainThreadCpuPct.toFixed(0)} %`;
        console.log(
          `${label}${fmt(run.eventsPerSec).padStart(10)}${fmt(run.eventsPerCpuSec).padStart(14)}   ${run.rssMb.toFixed(0)} MB${busy}`,
        );
      }
      console.log(`${name.padEnd(28)}   peak RSS of the phase: ${out.peakRssMb.toFixed(0)} MB`);
    }
  }
} else {
  execFileSync(process.execPath, [here('./peer-check.mjs'), '--peer', opt.peer], { stdio: 'inherit' });
  console.log(
    `\n${ROUNDS} rounds; in each round ours then the peer's, each in a fresh process` +
      (RUNS > 1 ? `; ${RUNS} runs per process, the last one counts` : ''),
  );
  const results = {};
  for (const name of phases) {
    results[name] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const ours = phase('ours', name, { runs: RUNS });
      const peer = phase('peer', name, { runs: RUNS });
      const [o, p] = [ours.runs.at(-1), peer.runs.at(-1)];
      if (o.events !== p.events) throw new Error(`${name}: we sent ${o.events} events, the peer ${p.events}`);
      results[name].push({
        o,
        p,
        oursRss: ours.peakRssMb,
        peerRss: peer.peakRssMb,
      });
      console.log(
        `${name.padEnd(8)} round ${round}  ours ${fmt(o.eventsPerSec).padStart(8)}/s ${fmt(o.eventsPerCpuSec).padStart(8)}/CPU-s ${ours.peakRssMb.toFixed(0).padStart(4)} MB` +
          `  peer ${fmt(p.eventsPerSec).padStart(6)}/s ${fmt(p.eventsPerCpuSec).padStart(6)}/CPU-s ${peer.peakRssMb.toFixed(0).padStart(4)} MB` +
          `  ${(o.eventsPerSec / p.eventsPerSec).toFixed(1)}× (CPU ${(o.eventsPerCpuSec / p.eventsPerCpuSec).toFixed(1)}×)`,
      );
    }
  }
  const label = {
    process: 'process, one event at a time',
    router: 'processRouterDest, inputs of 1,000',
    http: 'HTTP /routerTransform, 1,000/request',
  };
  const target = { process: '≥ 40×', router: '≥ 40×', http: '≥ 10×' };
  console.log(
    `\nmedians of ${ROUNDS} rounds; a ratio is the median of the per-round ratios [min–max]; ${load()}\n` +
      `${'path'.padEnd(37)}${'ours /s'.padStart(9)}${'peer /s'.padStart(9)}  ${'ratio'.padEnd(19)}` +
      `${'ours /CPU-s'.padStart(12)}${'peer /CPU-s'.padStart(12)}  ${'CPU ratio'.padEnd(19)}target  peak RSS ours / peer`,
  );
  for (const [name, rs] of Object.entries(results)) {
    const m = (f) => fmt(median(rs.map(f)));
    console.log(
      `${label[name].padEnd(37)}${m((r) => r.o.eventsPerSec).padStart(9)}${m((r) => r.p.eventsPerSec).padStart(9)}  ` +
        `${range(rs.map((r) => r.o.eventsPerSec / r.p.eventsPerSec)).padEnd(19)}` +
        `${m((r) => r.o.eventsPerCpuSec).padStart(12)}${m((r) => r.p.eventsPerCpuSec).padStart(12)}  ` +
        `${range(rs.map((r) => r.o.eventsPerCpuSec / r.p.eventsPerCpuSec)).padEnd(19)}${target[name].padEnd(8)}` +
        `${Math.max(...rs.map((r) => r.oursRss)).toFixed(0)} / ${Math.max(...rs.map((r) => r.peerRss)).toFixed(0)} MB`,
    );
  }
}

if (workers.length) {
  // Our service with WORKERS=<n>, driven by several clients at once; what was asked and what was observed.
  const clients = Number(opt.clients);
  console.log(
    `\nHTTP /routerTransform, ${clients} concurrent clients, our service started with WORKERS=<n>` +
      (RUNS > 1 ? `; ${RUNS} runs per service, the last one counts` : ''),
  );
  const by = Object.fromEntries(workers.map((n) => [n, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const n of workers) {
      const r = phase('ours', 'http', { runs: RUNS, clients, workersN: n }).runs.at(-1);
      by[n].push(r);
      console.log(
        `WORKERS=${n.padEnd(4)} round ${round}  ${fmt(r.eventsPerSec).padStart(8)}/s  service processes observed: ${r.processes}` +
          ` (${r.busyProcesses} busy)  service CPU ${r.serviceCpuPct.toFixed(0)} % (main threads ${r.mainThreadCpuPct.toFixed(0)} %)  client CPU ${r.clientCpuPct.toFixed(0)} %` +
          `  peak RSS ${r.peakRssMb.toFixed(0)} MB`,
      );
    }
  }
  const base = by[workers[0]];
  for (const n of workers) {
    const rs = by[n];
    const procs = Math.max(...rs.map((r) => r.processes));
    const busy = Math.max(...rs.map((r) => r.busyProcesses));
    const honoured =
      Number(n) > 1 && busy < 2
        ? `  only ${busy} busy process: WORKERS=${n} was not honoured by this build`
        : '';
    // Two decimals: the issue's bound for WORKERS=2 is 1.5×, to which one decimal would round 1.46× up.
    const ratios = rs.map((r, i) => r.eventsPerSec / base[i].eventsPerSec);
    const ratio = n === workers[0] ? '' : `${range(ratios, 2)} of WORKERS=${workers[0]} (per round)`;
    console.log(
      `WORKERS=${n.padEnd(4)} median ${fmt(median(rs.map((r) => r.eventsPerSec))).padStart(8)}/s  ` +
        `${ratio}  processes ${procs} (${busy} busy)${honoured}`,
    );
  }
}
