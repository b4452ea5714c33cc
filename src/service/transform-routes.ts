// The host's transform routes: processor (/v0/destinations/:dest), /routerTransform and /batch. Their inputs are
// transformed while the body arrives (input-stream.ts); the handlers check the body's shape and send the answer.
// A router body's `destType` may come after its `input`, so its inputs are transformed before it is known: a body
// for another destination (404) or of another shape (400) costs that work, bounded by MAX_BODY_MB.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Feature } from '../destinations/pinterest_capi';
import { isOurDestination, unknownDestination } from './destinations';
import type { InputStream } from './input-stream';
import type { Metrics } from './metrics';
import { ProcessorStream } from './processor-stream';
import { RouterStream } from './router-stream';
import { sendBytes } from './serialize';

export function transformRoutes(app: FastifyInstance, metrics: Metrics, maxJsonDepth: number) {
  /** The answer of a stream the body was read into: a 400 for metadata too deep to echo, else its bytes. */
  const answer = (reply: FastifyReply, stream: InputStream, feature: Feature, wrap: boolean) => {
    const done = stream.finish(wrap);
    if (done.problem !== undefined) return reply.code(400).send({ error: done.problem });
    done.tally.flush(metrics, feature);
    return sendBytes(reply, done.buffers, done.bytes, () => stream.recycle());
  };

  app.post<{ Params: { dest: string } }>(
    '/v0/destinations/:dest',
    {
      config: {
        inputStream: (req, key) =>
          key === undefined && isOurDestination((req.params as { dest: string }).dest)
            ? new ProcessorStream(maxJsonDepth)
            : undefined,
      },
    },
    async (req, reply) => {
      if (!isOurDestination(req.params.dest))
        return reply.code(404).send(unknownDestination(req.params.dest));
      // A top-level array was transformed while it arrived; anything else is not the processor's body.
      if (!(req.body instanceof ProcessorStream)) {
        return reply
          .code(400)
          .send({ error: 'the processor body must be a JSON array of {message, metadata, destination}' });
      }
      return answer(reply, req.body, 'processor', false);
    },
  );

  const routerRoute = (path: string, feature: Feature, wrap: boolean) =>
    app.post<{ Body: { input?: unknown; destType?: unknown } }>(
      path,
      {
        config: {
          inputStream: (_req, key) => (key === 'input' ? new RouterStream(feature, maxJsonDepth) : undefined),
        },
      },
      async (req, reply) => {
        const body = req.body;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          return reply.code(400).send({ error: 'the body must be a JSON object {input: [...], destType}' });
        }
        if (body.destType === undefined) return reply.code(400).send({ error: 'destType is required' });
        if (!isOurDestination(body.destType)) return reply.code(404).send(unknownDestination(body.destType));
        // `input` was transformed while it arrived; any other value is no array.
        if (!(body.input instanceof RouterStream))
          return reply.code(400).send({ error: 'input must be a JSON array' });
        return answer(reply, body.input, feature, wrap);
      },
    );

  routerRoute('/routerTransform', 'router', true);
  routerRoute('/batch', 'batch', false);
}
