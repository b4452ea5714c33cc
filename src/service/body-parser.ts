// The service's application/json parser: the body is read chunk by chunk into a JsonBodyReader (SPEC §10), within
// MAX_BODY_MB. A body that was read but is unusable becomes a BodyProblem, answered 400 by a preValidation hook:
// a parser error would make Fastify close the keep-alive connection, which only an unread body needs.
import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';
import { JsonBodyReader } from './json-body';
import { BodyProblem } from './json-piece';

export function jsonBodyParser(app: FastifyInstance, bodyLimit: number, maxJsonDepth: number): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', (req: FastifyRequest, payload, done) => {
    const declared = Number(req.headers['content-length']);
    if (declared > bodyLimit) return done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
    // The transform routes (their route config says how) transform each input as the body arrives.
    const streamFor = req.routeOptions.config.inputStream;
    const reader = new JsonBodyReader(maxJsonDepth, streamFor && ((key) => streamFor(req, key)));
    let received = 0;
    const stop = () => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > bodyLimit) {
        stop();
        done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined);
        return;
      }
      reader.write(chunk);
    };
    const onEnd = () => {
      stop();
      if (!Number.isNaN(declared) && received !== declared) {
        done(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH(), undefined);
        return;
      }
      app.inFlight.enter(req);
      try {
        const parsed = reader.end();
        req.tooDeep = parsed.tooDeep;
        done(null, parsed.value);
      } catch (e) {
        if (e instanceof BodyProblem) done(null, e);
        else done(e as Error, undefined);
      }
    };
    const onError = (err: Error & { statusCode?: number }) => {
      stop();
      if (!(typeof err.statusCode === 'number' && err.statusCode >= 400)) err.statusCode = 400;
      done(err, undefined);
    };
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
  });
  // The Request object outlives the request in V8's old generation (it lived through minor GCs while the request
  // ran) until a major GC, and minor GCs count what it points to as alive: a body left on it would be copied and
  // promoted by each of them while the next requests run (3 MB and ~20 ms per minor GC in the HTTP bench).
  app.addHook('onResponse', async (req) => {
    req.body = undefined;
    req.tooDeep = null;
  });
  app.addHook('preValidation', async (req, reply) => {
    app.inFlight.enter(req);
    if (req.body instanceof BodyProblem) return reply.code(400).send({ error: req.body.message });
  });
}
