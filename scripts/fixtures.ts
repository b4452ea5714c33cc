// Checks golden fixtures against the current output; with --update, rewrites their expectations for review.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import isEqual from 'lodash/isEqual';
import { processBatch, processRouterDest } from '../src';
import { buildRouterInputs, expectedRouterOutputs, type RouterCase } from '../test/support/router-fixtures';
import {
  base,
  FIXTURES_DIR,
  expectedRequests,
  listCases,
  readCase,
  runCase,
  sha256,
  type ProcessCase,
} from '../test/support/fixtures';

/** hash → "sha256:<normalised>" for every marker the old fixture holds, so updates keep markers readable. */
function markersOf(value: unknown, out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string' && value.startsWith('sha256:')) out.set(sha256(value.slice(7)), value);
  else if (Array.isArray(value)) value.forEach((v) => markersOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => markersOf(v, out));
  return out;
}

function remark(value: unknown, markers: Map<string, string>): unknown {
  if (typeof value === 'string') return markers.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remark(v, markers));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remark(v, markers)]));
  }
  return value;
}

type RouterOut = {
  batched: boolean;
  metadata: { jobId: number }[];
  statusCode: number;
  error?: string;
  statTags?: Record<string, unknown>;
  batchedRequest?: { params: Record<string, unknown>; body: { JSON: { data: unknown[] } } };
};

/** A router output in the fixture's short form (see the fixtures README). */
function shortRouterEntry(o: RouterOut, old: RouterCase): unknown {
  const jobIds = o.metadata.map((m) => m.jobId);
  const previous = old.expected.find((e) => isEqual(e.jobIds, jobIds));
  const destinationOf =
    previous?.destinationOf !== undefined ? { destinationOf: previous.destinationOf } : {};
  if (o.batched) {
    const params = o.batchedRequest?.params ?? {};
    const events = remark(o.batchedRequest?.body.JSON.data ?? [], markersOf(old.expected));
    return {
      batch: { events, ...(Object.keys(params).length > 0 ? { params } : {}) },
      jobIds,
      ...destinationOf,
    };
  }
  const { errorCategory, errorType } = o.statTags ?? {};
  const statTags = { ...(errorCategory ? { errorCategory } : {}), ...(errorType ? { errorType } : {}) };
  return { error: o.error, statusCode: o.statusCode, statTags, jobIds, ...destinationOf };
}

async function processFixtures(update: boolean): Promise<number> {
  let changed = 0;
  for (const file of listCases('process')) {
    const c = readCase<ProcessCase>('process', file);
    const outcome = runCase(c);
    const expected = c.expected.error ? { error: c.expected.error } : { requests: expectedRequests(c) };
    if (isEqual(outcome, expected)) continue;
    changed += 1;
    console.log(`${update ? 'updated' : 'differs'}: process/${file}`);
    if (!update) continue;
    if ('error' in outcome) {
      c.expected = { error: outcome.error };
    } else {
      const requests = outcome.requests as {
        params: Record<string, unknown>;
        body: { JSON: { data: unknown[] } };
      }[];
      const params = requests[0]?.params ?? {};
      c.expected = {
        events: remark(
          requests.flatMap((r) => r.body.JSON.data),
          markersOf(c.expected),
        ) as unknown[],
        ...(Object.keys(params).length > 0 ? { params } : {}),
      };
    }
    writeFileSync(join(FIXTURES_DIR, 'process', file), `${JSON.stringify(c, null, 2)}\n`);
  }
  return changed;
}

async function routerFixtures(update: boolean): Promise<number> {
  let changed = 0;
  const realNow = Date.now;
  Date.now = () => Date.parse(base.now);
  try {
    for (const file of listCases('router')) {
      const c = readCase<RouterCase>('router', file);
      const run = c.feature === 'batch' ? processBatch : processRouterDest;
      const outputs = (await run(buildRouterInputs(c) as never)) as unknown as RouterOut[];
      if (isEqual(outputs, expectedRouterOutputs(c))) continue;
      changed += 1;
      console.log(`${update ? 'updated' : 'differs'}: router/${file}`);
      if (!update) continue;
      c.expected = outputs.map((o) => shortRouterEntry(o, c)) as RouterCase['expected'];
      writeFileSync(join(FIXTURES_DIR, 'router', file), `${JSON.stringify(c, null, 2)}\n`);
    }
  } finally {
    Date.now = realNow;
  }
  return changed;
}

// Delivery fixtures hold Pinterest's answers and the statuses SPEC §9 assigns: they are checked by the tests only,
// never rewritten from output.
async function main() {
  const update = process.argv.includes('--update');
  const changed = (await processFixtures(update)) + (await routerFixtures(update));
  console.log(`${changed} fixture(s) ${update ? 'updated: review every changed line' : 'differ'}`);
  process.exitCode = changed > 0 && !update ? 1 : 0;
}

void main();
