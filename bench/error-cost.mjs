// `npm run bench:errors`: what a failed input costs compared with a good one (issue 8: error objects were expensive).
// 100,000 inputs each way through processSync (the /v0 route's core) and processRouterDest, timed with hrtime, then
// one request of 100,000 inputs each way to the service's /v0 route (BENCH_DIST / BENCH_SERVICE: another build).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

const require = createRequire(import.meta.url);
const dest = require(process.env.BENCH_DIST ?? '../dist/index.js');
const lib = require('@rudderstack/integrations-lib/build/errors');
const N = 100_000;
const destination = { ID: 'cost', Config: { adAccountId: '549755885175', accessToken: 'cost-token' } };
const context = { ip: '203.0.113.7', userAgent: 'UA/1', traits: { email: 'jane@example.com' } };
const input = (i, type) => ({
  message: { type, messageId: `m-${i}`, timestamp: new Date().toISOString(), context },
  metadata: { jobId: i },
  destination,
});
const good = Array.from({ length: N }, (_, i) => input(i, 'page'));
const bad = Array.from({ length: N }, (_, i) => input(i, 'identify'));

async function ms(fn) {
  await fn(); // warm-up run
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}
const each = (list) => () => {
  for (const x of list) {
    try {
      dest.processSync(x);
    } catch {
      // the failed inputs
    }
  }
};
const rows = [
  [
    'new InstrumentationError (integrations-lib, with stack)',
    () => {
      for (let i = 0; i < N; i += 1) new lib.InstrumentationError('message has no type');
    },
  ],
  ['processSync, 100k valid inputs', each(good)],
  ['processSync, 100k invalid inputs (identify)', each(bad)],
  ['processRouterDest, 100k valid inputs', () => dest.processRouterDest(good)],
  ['processRouterDest, 100k invalid inputs', () => dest.processRouterDest(bad)],
];
console.log('what (100,000 each)                                        total ms   µs each');
for (const [label, fn] of rows) {
  const t = await ms(fn);
  console.log(`${label.padEnd(58)} ${t.toFixed(0).padStart(8)} ${((t * 1000) / N).toFixed(2).padStart(9)}`);
}

// The same through HTTP: the service in its own process, one 100,000-input request each way, after a warm-up.
const port = await new Promise((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const p = srv.address().port;
    srv.close(() => resolve(p));
  });
});
const service = spawn(
  process.execPath,
  [process.env.BENCH_SERVICE ?? new URL('../dist/service.js', import.meta.url).pathname],
  { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: 'ignore' },
);
const url = `http://127.0.0.1:${port}/v0/destinations/pinterest_capi`;
for (let i = 0; i < 100; i += 1) {
  if (
    await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 100));
}
const post = async (body) => {
  const t = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await res.arrayBuffer();
  return performance.now() - t;
};
const bodies = { valid: JSON.stringify(good), invalid: JSON.stringify(bad) };
await post(bodies.valid);
await post(bodies.invalid);
for (const [kind, body] of Object.entries(bodies)) {
  const t = await post(body);
  const label = `POST /v0 with 100k ${kind} inputs (one request)`;
  console.log(`${label.padEnd(58)} ${t.toFixed(0).padStart(8)} ${((t * 1000) / N).toFixed(2).padStart(9)}`);
}
service.kill('SIGTERM');
