// Golden fixtures for processRouterDest / processBatch, plus the metadata invariant on each.
import { processBatch, processRouterDest } from '../../src';
import { base, listCases, readCase } from '../support/fixtures';
import { schemaErrors } from '../support/pinterest-schema';
import { buildRouterInputs, expectedRouterOutputs, type RouterCase } from '../support/router-fixtures';

const cases = listCases('router');

beforeAll(() => {
  const now = Date.parse(base.now);
  jest.spyOn(Date, 'now').mockReturnValue(now);
});
afterAll(() => jest.restoreAllMocks());

describe.each(cases)('%s', (file) => {
  const c = readCase<RouterCase>('router', file);
  const run = () => (c.feature === 'batch' ? processBatch : processRouterDest)(buildRouterInputs(c) as never);

  it(c.description, async () => {
    expect(await run()).toEqual(expectedRouterOutputs(c));
  });

  it('lists every input once and sends only schema-valid batches', async () => {
    const outputs = await run();
    const jobs = outputs.flatMap((o) => o.metadata.map((m) => m.jobId));
    expect([...jobs].sort()).toEqual(
      buildRouterInputs(c)
        .map((i) => i.metadata.jobId)
        .sort(),
    );
    for (const o of outputs) if (o.batched) expect(schemaErrors(o.batchedRequest.body.JSON.data)).toEqual([]);
  });
});
