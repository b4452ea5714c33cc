// One benchmark phase (process | router | http) over the §14 workload; prints JSON for bench/run.mjs.
import { createRequire } from 'node:module';
import { inputs } from './workload.mjs';

const require = createRequire(import.meta.url);
const dest = require('../dist/index.js');
const [phase, totalArg] = process.argv.slice(2);
const TOTAL = Number(totalArg);
const CHUNK = 1000;
const now = Date.now();
const mb = (b) => b / 1024 / 1024;

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
    return timed(run, async (batch) => {
      const res = await fetch(`${url}/routerTransform`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input: batch, destType: 'pinterest_capi' }),
      });
      const { output } = await res.json();
      return output.reduce((n, o) => n + (o.batched ? o.batchedRequest.body.JSON.data.length : 0), 0);
    });
  },
};

const runs = [];
if (phase === 'http') {
  const { buildApp } = require('../dist/service/app.js');
  const app = buildApp({ logStream: { write() {} } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  for (const run of [1, 2]) runs.push(await phases.http(run, url));
  await app.close();
} else if (phase === 'router') {
  for (const run of [1, 2, 3]) runs.push(await phases.router(run));
} else {
  runs.push(await phases.process());
}
process.stdout.write(JSON.stringify({ runs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
