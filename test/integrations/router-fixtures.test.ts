// Golden fixtures for processRouterDest / processBatch, run once each: the whole output, the metadata invariant, the schema.
import { processBatch, processRouterDest, type RouterOutput } from '../../src';
import { base, listCases, readCase } from '../support/fixtures';
import { schemaErrors } from '../support/pinterest-schema';
import { buildRouterInputs, expectedRouterOutputs, type RouterCase } from '../support/router-fixtures';

const cases = listCases('router');

// The router reads the clock itself (it has no clock argument): pinned for every case.
beforeAll(() => {
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(base.now));
});
afterAll(() => jest.restoreAllMocks());

describe.each(cases)('%s', (file) => {
  const c = readCase<RouterCase>('router', file);
  let outputs: RouterOutput[];
  beforeAll(async () => {
    outputs = await (c.feature === 'batch' ? processBatch : processRouterDest)(buildRouterInputs(c) as never);
  });

  it(c.description, () => {
    expect(outputs).toEqual(expectedRouterOutputs(c));
  });

  it('lists every input once and sends only schema-valid batches', () => {
    const jobs = outputs.flatMap((o) => o.metadata.map((m) => m.jobId));
    expect([...jobs].sort()).toEqual(
      buildRouterInputs(c)
        .map((i) => i.metadata.jobId)
        .sort(),
    );
    for (const o of outputs) if (o.batched) expect(schemaErrors(o.batchedRequest.body.JSON.data)).toEqual([]);
  });
});
