// The host's data-delivery proxy route (/v1/destinations/:dest/proxy): one batch to Pinterest, a status per job.
import type { FastifyInstance } from 'fastify';
import { deliver, type ProxyRequest } from '../destinations/pinterest_capi';
import { proxyRequestProblem } from '../destinations/pinterest_capi/delivery/proxy';
import { isOurDestination, unknownDestination } from './destinations';
import { tooDeepMessage } from './json-piece';
import type { Metrics } from './metrics';
import type { ServiceSettings } from './settings';

export function proxyRoute(app: FastifyInstance, metrics: Metrics, settings: ServiceSettings) {
  app.post<{ Params: { dest: string } }>('/v1/destinations/:dest/proxy', async (req, reply) => {
    if (!isOurDestination(req.params.dest)) return reply.code(404).send(unknownDestination(req.params.dest));
    const problem = proxyRequestProblem(req.body);
    if (problem) return reply.code(400).send({ error: problem });
    // Metadata is echoed per job: one nested deeper than MAX_JSON_DEPTH cannot be (SPEC §10).
    if (req.tooDeep && req.tooDeep.size > 0) {
      return reply.code(400).send({ error: `${tooDeepMessage(settings.maxJsonDepth)}; nothing was sent` });
    }
    // The caller gone (its connection closed before our answer), the request to Pinterest is cancelled.
    const caller = new AbortController();
    const onClose = () => {
      if (!reply.raw.writableFinished) caller.abort();
    };
    reply.raw.once('close', onClose);
    const output = await deliver(req.body as ProxyRequest, {
      limits: settings.delivery,
      baseUrl: settings.pinterestApiBaseUrl,
      signal: caller.signal,
    });
    reply.raw.off('close', onClose);
    const byStatus = new Map<number, number>();
    for (const job of output.response) byStatus.set(job.statusCode, (byStatus.get(job.statusCode) ?? 0) + 1);
    for (const [status, n] of byStatus) metrics.deliveries.inc({ status: String(status) }, n);
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
