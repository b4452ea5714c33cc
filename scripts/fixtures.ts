// Checks golden fixtures against the current output; with --update, rewrites their expectations for review.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import isEqual from 'lodash/isEqual';
import {
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

async function main() {
  const update = process.argv.includes('--update');
  let changed = 0;
  for (const file of listCases('process')) {
    const c = readCase<ProcessCase>('process', file);
    const outcome = await runCase(c);
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
  console.log(`${changed} fixture(s) ${update ? 'updated: review every changed line' : 'differ'}`);
  process.exitCode = changed > 0 && !update ? 1 : 0;
}

void main();
