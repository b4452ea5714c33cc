// `npm run bench:instructions`: instructions per event of `process`, counted by valgrind (callgrind), so that two
// versions can be compared on a shared machine where events/s varies by ±30 % between runs. Slow (~4 minutes).
//
// Two figures. "process" divides all that the rounds add to the workload's own run by the events: it includes the
// warm-up (lazy parsing, JIT compilation — on the main thread under --predictable, on a background thread in
// production —, the first round's cache misses), most of the figure. "steady state" is what five more rounds of the
// same events add: the per-event work once the code is compiled and the caches are warm. On a loaded machine, V8's
// timer-driven GC work makes either move by a few per cent between runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const run = fileURLToPath(new URL('./instructions-run.mjs', import.meta.url));
const EVENTS = 4000;
const ROUNDS = 5;

/** Instructions of one whole run (start-up and workload included); valgrind reports them on stderr. */
function count(rounds) {
  const r = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      // A fixed hash seed and one thread: background compilation, GC threads and random seeds would make the
      // count vary from run to run.
      '--predictable',
      run,
      String(EVENTS),
      String(rounds),
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

// The difference from a run that only builds the workload is what `process` itself cost.
const base = count(0);
const full = count(ROUNDS);
const twice = count(2 * ROUNDS);
const fmt = (n) => Math.round(n).toLocaleString('en');
console.log(
  `process: ${fmt((full - base) / (EVENTS * ROUNDS))} instructions/event (${EVENTS} events × ${ROUNDS} rounds, callgrind)`,
);
console.log(
  `steady state: ${fmt((twice - full) / (EVENTS * ROUNDS))} instructions/event (rounds ${ROUNDS} → ${2 * ROUNDS}, warm-up excluded)`,
);
