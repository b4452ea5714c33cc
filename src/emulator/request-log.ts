// One log line per answered request (method, path, status, time, plus what the route noted); never headers or bodies.
import type { FastifyInstance, FastifyRequest } from 'fastify';

const notes = new WeakMap<FastifyRequest, Record<string, unknown>>();

/** Adds fields (counts, flags; never event data) to the request's log line. */
export function note(req: FastifyRequest, fields: Record<string, unknown>): void {
  notes.set(req, { ...notes.get(req), ...fields });
}

export function requestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        path: req.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ...notes.get(req),
      },
      'request completed',
    );
  });
}
