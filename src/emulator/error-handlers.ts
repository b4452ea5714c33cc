// Unknown routes and framework errors (bad JSON, wrong content type, body too large) as Pinterest error bodies.
import type { FastifyInstance } from 'fastify';
import { internalError, invalidRequest, notFound } from './pinterest-errors';

export function errorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send(notFound(req.method, req.url.split('?')[0] ?? ''));
  });
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      req.log.error({ err: { message: error.message, code: error.code } }, 'unexpected error');
      void reply.code(500).send(internalError());
      return;
    }
    // Fastify's own messages name the problem (e.g. "Body is not valid JSON"), never the body.
    void reply
      .code(status)
      .send({ ...invalidRequest(error.message), ...(status === 400 ? {} : { code: status }) });
  });
}
