// The router routes' answer made while the body arrives (router-stream.ts) against the router run on the whole parsed
// body, as the routes did before: for any inputs (failing, filtered, multiplexed, nested too deep, over several
// batch keys and sizes), cut into any chunks, the same bytes, or the same 400.
import fc from 'fast-check';
import { routerTransform } from '../../src/destinations/pinterest_capi/router';
import { RouterStream } from '../../src/service/router-stream';
import { readInChunks } from '../support/json-body-oracle';
import { judgeDeepInputs } from '../support/judged-inputs';
import { deepPart, deepen, routerInput } from '../support/router-inputs';

const LIMIT = 12;

const input = fc
  .tuple(routerInput, fc.oneof(fc.nat(), fc.jsonValue()), deepPart, fc.nat(), fc.jsonValue(), fc.nat(9))
  .map(([r, metadata, deep, jobId, other, kind]) => {
    if (kind === 0) return other; // not an input object at all
    const base: Record<string, unknown> = { ...r, metadata: kind === 1 ? metadata : { jobId } };
    if (kind === 2) delete base.metadata;
    return deepen(base, deep, jobId, LIMIT);
  });

/** What the routes answered before: the whole body parsed, then judged for depth, then the router. */
async function staged(text: string, wrap: boolean) {
  const parsed = readInChunks(text, [], LIMIT);
  const body = parsed.value as { input: unknown[] };
  const deep = judgeDeepInputs(body.input, parsed.tooDeep, 3, LIMIT);
  if (deep.requestProblem) return { problem: deep.requestProblem };
  const outputs = await routerTransform(deep.inputs as never, wrap ? 'router' : 'batch', deep.failed);
  return { text: JSON.stringify(wrap ? { output: outputs } : outputs) };
}

function streamed(text: string, wrap: boolean, cuts: number[]) {
  const streams: RouterStream[] = [];
  const sinkFor = (key: string | undefined) => {
    if (key !== 'input') return undefined;
    streams.push(new RouterStream(wrap ? 'router' : 'batch', LIMIT));
    return streams[streams.length - 1];
  };
  const body = readInChunks(text, cuts, LIMIT, sinkFor).value as { input: unknown };
  // The body's last `input` member counts, as in JSON.parse.
  expect(body.input).toBe(streams[streams.length - 1]);
  const answer = (body.input as RouterStream).finish(wrap);
  if (answer.problem !== undefined) return { problem: answer.problem };
  const bytes = Buffer.concat(answer.buffers);
  expect(answer.bytes).toBe(bytes.length);
  return { text: bytes.toString('utf8') };
}

it('answers, for any inputs cut into any chunks, the bytes of the router run on the whole body', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(input, { maxLength: 30 }),
      fc.option(fc.array(input, { maxLength: 3 })),
      fc.boolean(),
      fc.array(fc.nat(), { maxLength: 12 }),
      async (inputs, earlier, wrap, cuts) => {
        const list = JSON.stringify(inputs);
        const text =
          earlier === null
            ? `{"input":${list},"destType":"pinterest_capi"}`
            : `{"input":${JSON.stringify(earlier)},"destType":"pinterest_capi","input":${list}}`;
        // Bodies the reader refuses (a `__proto__` key drawn by jsonValue) are the body reader's own tests.
        let expected;
        try {
          expected = await staged(text, wrap);
        } catch {
          fc.pre(false);
        }
        expect(streamed(text, wrap, cuts)).toEqual(expected);
      },
    ),
    { numRuns: 400 },
  );
});

it('counts what it answers: events, batches, filtered and failed inputs', () => {
  const good = (id: string) => ({
    message: {
      type: 'page',
      messageId: id,
      timestamp: new Date().toISOString(),
      context: { ip: '203.0.113.7', userAgent: 'UA' },
    },
    metadata: { jobId: id },
    destination: { ID: 'd', WorkspaceID: 'w', Config: { adAccountId: '1', accessToken: 't', batchSize: 2 } },
  });
  const text = JSON.stringify({
    input: [
      good('a'),
      good('b'),
      good('c'),
      { ...good('d'), message: { ...good('d').message, type: 'track', event: 'Nope' } },
      7,
    ],
    destType: 'pinterest_capi',
  });
  const body = readInChunks(text, [], LIMIT, () => new RouterStream('router', LIMIT)).value as {
    input: RouterStream;
  };
  const answer = body.input.finish(true);
  expect(answer.tally).toMatchObject({ transformed: 3, batches: 2, filtered: 1 });
  expect([...(answer.tally?.failed ?? [])]).toEqual([['400', 1]]);
});
