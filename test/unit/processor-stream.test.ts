// The processor route's answer made while the body arrives (processor-stream.ts) against its contract applied to
// the whole parsed body: per input, one entry per request processSync gives, or one entry for its failure (with
// statTags), inputs nested too deep judged first. For any inputs cut into any chunks: the same bytes, or the same 400.
import fc from 'fast-check';
import { processSync, statTags } from '../../src/destinations/pinterest_capi';
import { asTypedError } from '../../src/destinations/pinterest_capi/errors';
import type { ProcessorInput } from '../../src/destinations/pinterest_capi/types';
import { ProcessorStream } from '../../src/service/processor-stream';
import { readInChunks } from '../support/json-body-oracle';
import { judgeDeepInputs } from '../support/judged-inputs';
import { deepPart, deepen, routerInput } from '../support/router-inputs';

const LIMIT = 12;
const input = fc
  .tuple(routerInput, fc.jsonValue(), deepPart, fc.nat(), fc.nat(9))
  .map(([r, other, deep, jobId, kind]) => {
    if (kind === 0) return other; // the message itself, as the route reads anything but an object
    const base: Record<string, unknown> = { ...r, metadata: { jobId } };
    if (kind === 1) delete base.metadata;
    return deepen(base, deep, jobId, LIMIT);
  });

const isInput = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The route's contract on the whole parsed body. */
function contract(text: string, now: number) {
  const parsed = readInChunks(text, [], LIMIT);
  const deep = judgeDeepInputs(parsed.value as unknown[], parsed.tooDeep, 2, LIMIT);
  if (deep.requestProblem) return { problem: deep.requestProblem };
  const entries = deep.inputs.flatMap((raw, index): unknown[] => {
    const input = (isInput(raw) ? raw : { message: raw }) as ProcessorInput;
    try {
      const early = deep.failed.get(index);
      if (early) throw early;
      return processSync(input, now).map((request) => ({
        output: { ...request, userId: '' },
        metadata: input.metadata,
        statusCode: 200,
      }));
    } catch (e) {
      const error = asTypedError(e);
      return [
        {
          metadata: input.metadata,
          statusCode: error.status,
          error: error.message,
          statTags: statTags(error, 'processor', input.destination),
        },
      ];
    }
  });
  return { text: JSON.stringify(entries) };
}

it('answers, for any inputs cut into any chunks, the bytes of the contract on the whole body', () => {
  fc.assert(
    fc.property(fc.array(input, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 12 }), (inputs, cuts) => {
      const text = JSON.stringify(inputs);
      const now = Date.now();
      let expected;
      try {
        expected = contract(text, now);
      } catch {
        fc.pre(false); // a body the reader refuses (a `__proto__` key drawn by jsonValue)
      }
      let stream: ProcessorStream | undefined;
      const value = readInChunks(text, cuts, LIMIT, (key) =>
        key === undefined ? (stream = new ProcessorStream(LIMIT)) : undefined,
      ).value;
      expect(value).toBe(stream);
      const answer = (value as ProcessorStream).finish();
      const got =
        answer.problem !== undefined
          ? { problem: answer.problem }
          : { text: Buffer.concat(answer.buffers).toString('utf8') };
      if (answer.problem === undefined) expect(answer.bytes).toBe(Buffer.byteLength(got.text ?? ''));
      expect(got).toEqual(expected);
    }),
    { numRuns: 400 },
  );
});
