// `npm run bench`: events/s and peak RSS for process, processRouterDest and HTTP /routerTransform (SPEC §14).
// Each phase runs in its own child process so that its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TOTAL = Number(process.env.BENCH_EVENTS) || 100_000;
const phases = ['process', 'router', 'http'];
const here = fileURLToPath(new URL('./phase.mjs', import.meta.url));

console.log(
  `workload: ${TOTAL} events (40% Order Completed with 3 products + full PII, 30% Product Added, 30% page; 2,000 users)`,
);
console.log('phase                         events/s   peak RSS');
for (const phase of phases) {
  const out = JSON.parse(execFileSync(process.execPath, [here, phase, String(TOTAL)], { encoding: 'utf8' }));
  for (const run of out.runs) {
    const label = `${phase}${out.runs.length > 1 ? ` (run ${run.run})` : ''}`.padEnd(28);
    console.log(`${label}${String(Math.round(run.eventsPerSec)).padStart(10)}   ${run.rssMb.toFixed(0)} MB`);
  }
  console.log(`${phase.padEnd(28)}   peak RSS of the phase: ${out.maxRssMb.toFixed(0)} MB`);
}
