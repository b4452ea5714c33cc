// Router invariants under fuzzing: every input's metadata in exactly one entry; batches within limits; yields on large inputs.
import fc from 'fast-check';
import { batch, processBatch, processRouterDest } from '../../src';
import { mixedInputs } from '../support/mixed-inputs';
import { routerInput as input } from '../support/router-inputs';

it('lists every input exactly once, never splits an input, keeps batches within batchSize', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(input, { maxLength: 40 }), async (raw) => {
      const inputs = raw.map((r, i) => ({ ...r, metadata: { jobId: i + 1 } }));
      const outputs = await processRouterDest(inputs as never);
      // The host's synchronous /batch hook answers what processBatch answers.
      expect(batch(inputs as never)).toEqual(await processBatch(inputs as never));
      const jobs = outputs.flatMap((o) => o.metadata.map((m) => m.jobId));
      expect([...jobs].sort((a, b) => Number(a) - Number(b))).toEqual(inputs.map((i) => i.metadata.jobId));
      for (const o of outputs) {
        if (!o.batched) {
          expect(o.metadata).toHaveLength(1);
          continue;
        }
        const data = o.batchedRequest.body.JSON.data;
        const limit = (o.destination.Config as { batchSize: number }).batchSize;
        // An input's events stay together: at most 2 (multiplexing) may exceed a limit of 1.
        expect(data.length).toBeLessThanOrEqual(Math.max(limit, 2));
        // Metadata in input order.
        const ids = o.metadata.map((m) => Number(m.jobId));
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
      }
    }),
    { numRuns: 300 },
  );
});

it('yields to the event loop while transforming a large input', async () => {
  const { inputs } = mixedInputs(3000);
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 0);
  const outputs = await processRouterDest(inputs as never);
  clearInterval(timer);
  expect(outputs.flatMap((o) => o.metadata)).toHaveLength(3000);
  // 3,000 inputs are six slices of 500: timers got to run between them.
  expect(ticks).toBeGreaterThan(0);
});
