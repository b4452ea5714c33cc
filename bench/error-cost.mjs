// `npm run bench:errors`: what a failed input costs compared with a good one (issue 8: error objects were expensive).
// 100,000 inputs each way through processSync (the /v0 route's core) and processRouterDest, timed with hrtime.
import { createRequire } from 'node:module';

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
