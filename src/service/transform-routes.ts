// The host's transform routes: processor (/v0/destinations/:dest), /routerTransform and /batch.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { asTypedError, type BaseError } from '../destinations/pinterest_capi/errors';
import { processSync, statTags, type Feature } from '../destinations/pinterest_capi';
import type { ProcessorInput } from '../destinations/pinterest_capi/types';
import { judgeDeepInputs } from './deep-inputs';
import { isOurDestination, unknownDestination } from './destinations';
import type { Metrics } from './metrics';
import { RouterStream } from './router-stream';
import { sendBytes, sendJsonArray } from './serialize';
import { Tally } from './tally';

const isInput = (v: unknown): v is ProcessorInput => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Inputs transformed between two yields to the event loop (SPEC §10: the processor route works in slices too). */
const SLICE = 500;

async function processorEntries(
  inputs: unknown[],
  failedBefore: ReadonlyMap<number, BaseError>,
  tally: Tally,
) {
  const out: unknown[] = [];
  const now = Date.now();
  for (let index = 0; index < inputs.length; index += 1) {
    if (index > 0 && index % SLICE === 0) await yieldToLoop();
    const raw = inputs[index];
    const input = (isInput(raw) ? raw : { message: raw }) as ProcessorInput;
    try {
      const early = failedBefore.get(index);
      if (early) throw early;
      for (const request of processSync(input, now)) {
        out.push({ output: { ...request, userId: '' }, metadata: input.metadata, statusCode: 200 });
        tally.events(request.body.JSON.data);
      }
    } catch (e) {
      const error = asTypedError(e);
      if (error.status === 298) tally.filtered += 1;
      else tally.fail(error.status);
      out.push({
        metadata: input.metadata,
        statusCode: error.status,
        error: error.message,
        statTags: statTags(error, 'processor', input.destination),
      });
    }
  }
  return out;
}

export function transformRoutes(app: FastifyInstance, metrics: Metrics, maxJsonDepth: number) {
  app.post<{ Params: { dest: string } }>('/v0/destinations/:dest', async (req, reply) => {
    if (!isOurDestination(req.params.dest)) return reply.code(404).send(unknownDestination(req.params.dest));
    if (!Array.isArray(req.body)) {
      return reply
        .code(400)
        .send({ error: 'the processor body must be a JSON array of {message, metadata, destination}' });
    }
    const deep = judgeDeepInputs(req.body, req.tooDeep, 2, maxJsonDepth);
    if (deep.requestProblem) return reply.code(400).send({ error: deep.requestProblem });
    const tally = new Tally();
    const entries = await processorEntries(deep.inputs, deep.failed, tally);
    tally.flush(metrics, 'processor');
    return sendJsonArray(reply, entries);
  });

  const routerRoute = (path: string, feature: Feature, wrap: boolean) =>
    app.post<{ Body: { input?: unknown; destType?: unknown } }>(
      path,
      { config: { routerFeature: feature } },
      async (req, reply) => {
        const body = req.body;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          return reply.code(400).send({ error: 'the body must be a JSON object {input: [...], destType}' });
        }
        if (body.destType === undefined) return reply.code(400).send({ error: 'destType is required' });
        if (!isOurDestination(body.destType)) return reply.code(404).send(unknownDestination(body.destType));
        // The body parser has transformed `input` while it arrived (router-stream.ts); any other value is no array.
        const inputs = body.input;
        if (!(inputs instanceof RouterStream))
          return reply.code(400).send({ error: 'input must be a JSON array' });
        const answer = inputs.finish(wrap);
        if (answer.problem !== undefined) return reply.code(400).send({ error: answer.problem });
        answer.tally.flush(metrics, feature);
        return sendBytes(reply, answer.buffers, answer.bytes, () => inputs.recycle());
      },
    );

  routerRoute('/routerTransform', 'router', true);
  routerRoute('/batch', 'batch', false);
}
