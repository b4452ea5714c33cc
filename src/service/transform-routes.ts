// The host's transform routes: processor (/v0/destinations/:dest), /routerTransform and /batch.
import type { FastifyInstance } from 'fastify';
import { asTypedError } from '../destinations/pinterest_capi/errors';
import {
  processSync,
  routerTransform,
  statTags,
  type Feature,
  type RouterOutput,
} from '../destinations/pinterest_capi';
import type { ProcessorInput } from '../destinations/pinterest_capi/types';
import { isOurDestination, unknownDestination } from './destinations';
import type { Metrics } from './metrics';

const isInput = (v: unknown): v is ProcessorInput => v !== null && typeof v === 'object' && !Array.isArray(v);

function processorEntries(inputs: unknown[], metrics: Metrics) {
  const out: unknown[] = [];
  for (const raw of inputs) {
    const input = (isInput(raw) ? raw : { message: raw }) as ProcessorInput;
    try {
      for (const request of processSync(input)) {
        out.push({ output: { ...request, userId: '' }, metadata: input.metadata, statusCode: 200 });
        metrics.transformed.inc({ feature: 'processor' });
      }
    } catch (e) {
      const error = asTypedError(e);
      if (error.status === 298) metrics.filtered.inc({ feature: 'processor' });
      else metrics.failed.inc({ feature: 'processor', reason: String(error.status) });
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

function count(outputs: RouterOutput[], feature: Feature, metrics: Metrics) {
  for (const o of outputs) {
    if (o.batched) {
      metrics.batches.inc({ feature });
      metrics.transformed.inc({ feature }, o.batchedRequest.body.JSON.data.length);
    } else if (o.statusCode === 298) metrics.filtered.inc({ feature });
    else metrics.failed.inc({ feature, reason: String(o.statusCode) });
  }
}

export function transformRoutes(app: FastifyInstance, metrics: Metrics) {
  app.post<{ Params: { dest: string } }>('/v0/destinations/:dest', async (req, reply) => {
    if (!isOurDestination(req.params.dest)) return reply.code(404).send(unknownDestination(req.params.dest));
    if (!Array.isArray(req.body)) {
      return reply
        .code(400)
        .send({ error: 'the processor body must be a JSON array of {message, metadata, destination}' });
    }
    return processorEntries(req.body, metrics);
  });

  const routerRoute = (path: string, feature: Feature, wrap: boolean) =>
    app.post<{ Body: { input?: unknown; destType?: unknown } }>(path, async (req, reply) => {
      const body = req.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return reply.code(400).send({ error: 'the body must be a JSON object {input: [...], destType}' });
      }
      if (body.destType === undefined) return reply.code(400).send({ error: 'destType is required' });
      if (!isOurDestination(body.destType)) return reply.code(404).send(unknownDestination(body.destType));
      if (!Array.isArray(body.input)) return reply.code(400).send({ error: 'input must be a JSON array' });
      const outputs = await routerTransform(body.input as ProcessorInput[], feature);
      count(outputs, feature, metrics);
      return wrap ? { output: outputs } : outputs;
    });

  routerRoute('/routerTransform', 'router', true);
  routerRoute('/batch', 'batch', false);
}
