// First gate of the events endpoint: a request hit by a fault is answered (or dropped) and processes nothing.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FaultPicker } from './faults';
import type { HeldRequests } from './held-requests';
import { internalError, rampedDown, rateLimited } from './pinterest-errors';

export function faultHook(picker: FaultPicker, held: HeldRequests, timeoutMs: number) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const fault = picker.pick();
    if (fault === null) return;
    req.log.warn({ method: req.method, path: req.url, fault }, 'injected fault');
    switch (fault) {
      case '429':
        return reply.code(429).send(rateLimited());
      case '503':
        return reply.code(503).send(rampedDown());
      case '500':
        return reply.code(500).send(internalError());
      case 'reset':
        // The body is never read; the client sees ECONNRESET.
        reply.hijack();
        req.raw.socket.resetAndDestroy();
        return;
      case 'timeout':
        reply.hijack();
        held.hold(req.raw.socket, timeoutMs);
        return;
    }
  };
}
