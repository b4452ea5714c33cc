// `npm run bench:instructions`: instructions per event of `process`, counted by valgrind (callgrind), so that two
// versions can be compared on a shared machine where events/s varies by ±30 % between runs. Slow (~4 minutes).
// With `-- --peer <dir>`, the peer's pinterest_tag `process` is counted the same way and the ratio printed
// (a few more minutes: the peer is slower and loads much more code). With `-- --users N` (N ≥ 4,000, e.g. 100000),
// every event of one round has a user not seen before: the count is the cache-miss path's, and steady state is left
// out (a second round would find those users in the caches).
//
// Two figures. "process" divides all that the rounds add to the workload's own run by the events: it includes the
// warm-up (lazy parsing, JIT compilation — on the main thread under --predictable, on a background thread in
// production —, the first round's cache misses), most of the figure. "steady state" is what five more rounds of the
// same events add: the per-event work once the code is compiled and the caches are warm. On a loaded machine, V8's
// timer-driven GC work makes either move by a few per cent between runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { peerPaths } from './peer.mjs';
import { USERS } from './workload.mjs';

const { values: opt } = parseArgs({ options: { peer: { type: 'string' }, users: { type: 'string' } } });
const USER_COUNT = opt.users === undefined ? undefined : Number(opt.users);
if (USER_COUNT !== undefined && !(Number.isInteger(USER_COUNT) && USER_COUNT >= 1))
  throw new Error('--users must be a positive integer');
const run = fileURLToPath(new URL('./instructions-run.mjs', import.meta.url));

/** Instructions of one whole run (start-up and workload included); valgrind reports them on stderr. */
function count(events, rounds, peerDir) {
  const r = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      // A fixed hash seed and one thread: background compilation, GC threads and random seeds would make the
      // count vary from run to run. V8 also times its GC: heap growth from measured GC and mutator speeds,
      // incremental marking steps and the memory reducer from the clock, so the count followed the machine's
      // load (±3 %) until all three were fixed or turned off; with them it repeats to ~0.03 %.
      '--predictable',
      '--predictable-gc-schedule',
      '--no-incremental-marking',
      '--no-memory-reducer',
      run,
      String(events),
      String(rounds),
      String(USER_COUNT ?? USERS),
      ...(peerDir ? [peerDir] : []),
    ],
    { encoding: 'utf8' },
  );
  const m = /Collected : (\d+)/.exec(r.stderr ?? '');
  if (!m)
    throw new Error(
      `valgrind gave no count (apt-get install valgrind?): ${(r.stderr ?? r.error?.message ?? '').slice(-400)}`,
    );
  return Number(m[1]);
}

const fmt = (n) => Math.round(n).toLocaleString('en');

/** The difference from a run that only builds the workload is what `process` itself cost. */
function perEvent(label, events, rounds, peerDir) {
  const base = count(events, 0, peerDir);
  const full = count(events, rounds, peerDir);
  const n = (full - base) / (events * rounds);
  console.log(`${label}: ${fmt(n)} instructions/event (${events} events × ${rounds} rounds, callgrind)`);
  return { n, full };
}

const EVENTS = 4000;
const ROUNDS = USER_COUNT === undefined ? 5 : 1;
const ours = perEvent(
  USER_COUNT === undefined ? 'process' : `process, ${fmt(USER_COUNT)} users`,
  EVENTS,
  ROUNDS,
);
if (USER_COUNT === undefined) {
  const twice = count(EVENTS, 2 * ROUNDS);
  console.log(
    `steady state: ${fmt((twice - ours.full) / (EVENTS * ROUNDS))} instructions/event (rounds ${ROUNDS} → ${2 * ROUNDS}, warm-up excluded)`,
  );
}
if (opt.peer) {
  peerPaths(opt.peer);
  const peer = perEvent('peer process (pinterest_tag)', 1000, 2, opt.peer);
  console.log(`ratio: ${(peer.n / ours.n).toFixed(1)}× fewer instructions per event than the peer`);
}
