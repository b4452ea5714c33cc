// `npm run load`: a bounded load run on loopback (docs/reliability.md). 50 connections for 30 s against
// /routerTransform, then against the proxy with the emulator as Pinterest; requests/s, latency, errors, the
// service's RSS before and after, and events lost (every input answered once; every event reported 200 recorded).
// LOAD_SECONDS and LOAD_CONNECTIONS change the bounds.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { inputs } from './workload.mjs';
import { startFlags } from './service.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS) || 30;
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS) || 50;
const ROUTER_INPUTS = 100; // inputs per /routerTransform request
const PROXY_EVENTS = 10; // events (one job each) per proxy request
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const rssMb = (pid, field = 'VmRSS') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

function firstLine(child) {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (c) => {
      seen += c;
      if (seen.includes('\n')) resolve(seen.split('\n')[0]);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
}

const emulator = spawn(
  process.execPath,
  [here('../node_modules/tsx/dist/cli.mjs'), here('./load-emulator.ts')],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const pinterest = await firstLine(emulator);
const port = await freePort();
const service = spawn(process.execPath, [...startFlags(), here('../dist/service.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PINTEREST_API_BASE_URL: pinterest,
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
const pool = new Pool(url, { connections: CONNECTIONS, pipelining: 1 });
for (let i = 0; i < 100; i += 1) {
  const up = await pool.request({ path: '/health', method: 'GET' }).then(
    async (r) => (await r.body.text(), true),
    () => false,
  );
  if (up) break;
  await new Promise((r) => setTimeout(r, 100));
}

/** CONNECTIONS loops for SECONDS, each sending `next()` and checking the answer with `check`. */
async function run(path, next, check) {
  const latencies = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  const loop = async () => {
    while (Date.now() < end) {
      const { body, meta } = next();
      const t = performance.now();
      try {
        const res = await pool.request({
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const text = await res.body.text();
        latencies.push(performance.now() - t);
        if (res.statusCode !== 200 || !check(JSON.parse(text), meta)) errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}

// /routerTransform: the §14 workload, 100 inputs per request; every input's jobId must come back exactly once.
const routerBodies = Array.from({ length: 20 }, (_, k) =>
  JSON.stringify({ input: inputs(k * ROUTER_INPUTS, ROUTER_INPUTS, Date.now()), destType: 'pinterest_capi' }),
);
let routerLost = 0;
let r = 0;
const before = rssMb(service.pid);
const router = await run(
  '/routerTransform',
  () => ({ body: routerBodies[r++ % routerBodies.length], meta: (r - 1) % routerBodies.length }),
  (answer, k) => {
    const seen = answer.output.flatMap((o) => o.metadata.map((m) => m.jobId)).sort((a, b) => a - b);
    const want = Array.from({ length: ROUTER_INPUTS }, (_, i) => k * ROUTER_INPUTS + i + 1);
    const ok = seen.length === want.length && seen.every((id, i) => id === want[i]);
    if (!ok) routerLost += 1;
    return ok && answer.output.every((o) => o.statusCode === 200);
  },
);
const afterRouter = rssMb(service.pid);

// The proxy: batches of 10 events to the emulator; every event reported 200 must have been recorded there.
const reported = new Set();
let serial = 0;
const eventTime = () => Math.floor(Date.now() / 1000) - 60;
const proxy = await run(
  '/v1/destinations/pinterest_capi/proxy',
  () => {
    const ids = Array.from({ length: PROXY_EVENTS }, () => `load-${(serial += 1)}`);
    const data = ids.map((event_id) => ({
      event_name: 'page_visit',
      action_source: 'web',
      event_time: eventTime(),
      event_id,
      event_source_url: 'https://shop.example.com/',
      user_data: { client_ip_address: '203.0.113.7', client_user_agent: 'Mozilla/5.0 (load run)' },
    }));
    const body = JSON.stringify({
      version: '1',
      type: 'REST',
      method: 'POST',
      endpoint: `${pinterest}/v5/ad_accounts/549755885175/events`,
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer emulator-token' },
      params: {},
      body: { JSON: { data }, JSON_ARRAY: {}, XML: {}, FORM: {} },
      files: {},
      metadata: ids.map((id) => ({ jobId: id })),
    });
    return { body, meta: ids };
  },
  (answer, ids) => {
    const ok =
      answer.output.response.length === ids.length &&
      answer.output.response.every((j) => j.statusCode === 200);
    if (ok) for (const id of ids) reported.add(id);
    return ok;
  },
);
const after = rssMb(service.pid);
const peak = rssMb(service.pid, 'VmHWM');
const recorded = (await (await fetch(`${pinterest}/_emulator/events`)).json()).events.map((e) => e.event_id);
const recordedSet = new Set(recorded);
const lost = [...reported].filter((id) => !recordedSet.has(id)).length;
const twice = recorded.length - recordedSet.size;

const row = (name, x) =>
  `${name.padEnd(17)} ${String(x.requests).padStart(8)} ${x.perSecond.toFixed(0).padStart(8)} ${x.p50.toFixed(1).padStart(8)} ${x.p99.toFixed(1).padStart(8)} ${String(x.errors).padStart(7)}`;
console.log(
  `load run: ${CONNECTIONS} connections × ${SECONDS} s per route, service and emulator on loopback`,
);
console.log('route             requests    req/s  p50 ms   p99 ms   errors');
console.log(row('/routerTransform', router));
console.log(row('proxy → emulator', proxy));
console.log(
  `inputs per /routerTransform request: ${ROUTER_INPUTS}; jobs missing or doubled in an answer: ${routerLost}`,
);
console.log(
  `proxy events reported 200: ${reported.size}; recorded by the emulator: ${recordedSet.size}; events lost: ${lost}; recorded twice: ${twice}`,
);
console.log(
  `service RSS: ${before.toFixed(0)} MB before, ${afterRouter.toFixed(0)} MB after /routerTransform, ${after.toFixed(0)} MB after the proxy run (peak ${peak.toFixed(0)} MB)`,
);
await pool.close();
service.kill('SIGTERM');
emulator.kill('SIGTERM');
process.exitCode = router.errors + proxy.errors + lost + routerLost === 0 ? 0 : 1;
