// The host's data-delivery proxy route (/v1/destinations/:dest/proxy): one batch to Pinterest, a status per job.
import type { FastifyInstance } from 'fastify';
import { deliver, type ProxyRequest } from '../destinations/pinterest_capi';
import { isOurDestination, unknownDestination } from './destinations';
import type { Metrics } from './metrics';

export function proxyRoute(app: FastifyInstance, metrics: Metrics) {
  app.post<{ Params: { dest: string } }>('/v1/destinations/:dest/proxy', async (req, reply) => {
    if (!isOurDestination(req.params.dest)) return reply.code(404).send(unknownDestination(req.params.dest));
    const body = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return reply
        .code(400)
        .send({ error: 'the proxy body must be a JSON object: a request with metadata[]' });
    }
    const output = await deliver(body as ProxyRequest);
    for (const job of output.response) metrics.deliveries.inc({ status: String(job.statusCode) });
    const warnings = countWarnings(output.destinationResponse?.response);
    if (warnings > 0)
      req.log.warn({ warnings, status: output.status }, 'Pinterest returned warnings for some events');
    if (output.status >= 400 || output.response.some((r) => r.statusCode >= 400)) {
      req.log.warn({ status: output.status, message: output.message }, 'delivery had failures');
    }
    return { output };
  });
}

function countWarnings(body: unknown): number {
  const holder = (body as { details?: unknown })?.details ?? body;
  const events = (holder as { events?: unknown })?.events;
  return Array.isArray(events)
    ? events.filter((e) => e && typeof e === 'object' && e.warning_message).length
    : 0;
}
