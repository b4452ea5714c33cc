// Router invariants under fuzzing: every input's metadata in exactly one entry; batches within limits; yields on large inputs.
import fc from 'fast-check';
import { batch, processBatch, processRouterDest } from '../../src';
import { YIELD_AFTER_MS } from '../../src/destinations/pinterest_capi/router';
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

/** Whether an immediate queued before the call ran before the call's answer came back: it yielded to the loop. */
async function yieldedDuring(call: () => Promise<unknown>): Promise<boolean> {
  let ran = false;
  const immediate = setImmediate(() => (ran = true));
  await call();
  clearImmediate(immediate);
  return ran;
}

describe('yielding to the event loop', () => {
  afterEach(() => jest.restoreAllMocks());

  it('yields once it has worked YIELD_AFTER_MS, and every input is still answered', async () => {
    const { inputs } = mixedInputs(3000);
    // A clock that moves 1 ms per look: 3,000 inputs take far longer than YIELD_AFTER_MS.
    let ms = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => (ms += 1));
    let outputs: Awaited<ReturnType<typeof processRouterDest>> = [];
    expect(await yieldedDuring(async () => (outputs = await processRouterDest(inputs as never)))).toBe(true);
    expect(outputs.flatMap((o) => o.metadata)).toHaveLength(3000);
  });

  it('does not yield while the work stays under YIELD_AFTER_MS', async () => {
    const { inputs } = mixedInputs(3000);
    jest.spyOn(performance, 'now').mockReturnValue(1000);
    expect(await yieldedDuring(() => processRouterDest(inputs as never))).toBe(false);
  });

  it('yields once YIELD_AFTER_MS has passed, not before', async () => {
    const { inputs } = mixedInputs(100);
    // The clock is read at the start and before every 16 inputs; here it moves 1/8 of YIELD_AFTER_MS per look.
    let ms = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => (ms += YIELD_AFTER_MS / 8));
    // 100 inputs: 7 looks after the start, 7/8 of YIELD_AFTER_MS. 200 inputs: 13 looks, past it at the 8th.
    expect(await yieldedDuring(() => processRouterDest(inputs as never))).toBe(false);
    expect(await yieldedDuring(() => processRouterDest([...inputs, ...inputs] as never))).toBe(true);
  });
});
