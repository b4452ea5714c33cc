// One benchmark phase (process | router | http) over the §14 workload; prints JSON for bench/run.mjs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { inputs } from './workload.mjs';

const require = createRequire(import.meta.url);
const dest = require('../dist/index.js');
const [phase, totalArg] = process.argv.slice(2);
const TOTAL = Number(totalArg);
const CHUNK = 1000;
const now = Date.now();
const mb = (b) => b / 1024 / 1024;
const serviceRssMb = (pid, field) =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function timed(run, fn) {
  // Inputs are prepared outside the clock, one chunk at a time, so memory stays what the phase itself needs.
  let ms = 0;
  let events = 0;
  for (let from = 0; from < TOTAL; from += CHUNK) {
    const batch = inputs(from, Math.min(CHUNK, TOTAL - from), now);
    const t = process.hrtime.bigint();
    events += await fn(batch);
    ms += Number(process.hrtime.bigint() - t) / 1e6;
  }
  return { run, eventsPerSec: (events / ms) * 1000, rssMb: mb(process.memoryUsage().rss) };
}

const phases = {
  async process() {
    return timed(1, async (batch) => {
      let n = 0;
      for (const input of batch) n += (await dest.process(input)).length;
      return n;
    });
  },
  async router(run) {
    return timed(run, async (batch) => {
      const out = await dest.processRouterDest(batch);
      return out.reduce((n, o) => n + (o.batched ? o.batchedRequest.body.JSON.data.length : 0), 0);
    });
  },
  async http(run, url) {
    // The host's side (serialising the request, reading the answer) is not the service's work: bodies are built
    // before the clock starts, and answers are only counted, from their metadata lists.
    let ms = 0;
    let events = 0;
    for (let from = 0; from < TOTAL; from += CHUNK) {
      const body = JSON.stringify({
        input: inputs(from, Math.min(CHUNK, TOTAL - from), now),
        destType: 'pinterest_capi',
      });
      const t = process.hrtime.bigint();
      const res = await fetch(`${url}/routerTransform`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await res.text();
      ms += Number(process.hrtime.bigint() - t) / 1e6;
      if (from === 0) {
        const { output } = JSON.parse(text);
        if (output.some((o) => !o.batched)) throw new Error('the workload should transform without errors');
      }
      events += Math.min(CHUNK, TOTAL - from);
    }
    return { run, eventsPerSec: (events / ms) * 1000 };
  },
};

const runs = [];
if (phase === 'http') {
  // The service runs in its own process, as in production; its peak RSS is read from /proc.
  const port = 9000 + Math.floor(Math.random() * 900);
  const service = spawn(process.execPath, [fileURLToPath(new URL('../dist/service.js', import.meta.url))], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i += 1
  )
    await sleep(100);
  for (const run of [1, 2])
    runs.push({ ...(await phases.http(run, url)), rssMb: serviceRssMb(service.pid, 'VmRSS') });
  const peak = serviceRssMb(service.pid, 'VmHWM');
  service.kill('SIGTERM');
  process.stdout.write(JSON.stringify({ runs, maxRssMb: peak }));
  process.exit(0);
} else if (phase === 'router') {
  for (const run of [1, 2, 3]) runs.push(await phases.router(run));
} else {
  runs.push(await phases.process());
}
process.stdout.write(JSON.stringify({ runs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
