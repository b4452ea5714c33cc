// POST /v5/ad_accounts/:id/events: gates (faults, token, ad account, rate limit), schema, per-event checks, record.
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { checkEvent } from './event-checks';
import { invalidRequest, notAllProcessed, type ConversionApiResponse } from './pinterest-errors';
import type { Recorder } from './recorder';
import { checkRequestBody } from './request-schema';
import { note } from './request-log';
import { violationSummary } from './violations';

export interface EventsRouteDeps {
  /** Run in order before the body is read; the first that answers ends the request. */
  gates: onRequestHookHandler[];
  recorder: Recorder;
  now: () => number;
  maxEventAgeDays: number;
}

type Route = { Params: { id: string }; Querystring: { test?: unknown } };

/** `?test=true` / `?test=false` / absent; anything else is invalid (undefined). */
function testFlag(value: unknown): boolean | undefined {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return undefined;
}

export function eventsRoute(app: FastifyInstance, deps: EventsRouteDeps): void {
  app.post<Route>('/v5/ad_accounts/:id/events', { onRequest: deps.gates }, async (req, reply) => {
    const test = testFlag(req.query.test);
    if (test === undefined)
      return reply.code(400).send(invalidRequest('the test parameter must be true or false'));
    const body = checkRequestBody(req.body);
    if (!body.ok) {
      const problem = violationSummary(body.errors);
      note(req, { violations: body.errors.length });
      return reply.code(400).send(invalidRequest(problem));
    }
    const ctx = { nowMs: deps.now(), maxEventAgeDays: deps.maxEventAgeDays };
    const results = body.events.map((e) => checkEvent(e, ctx));
    const adAccount = req.params.id;
    deps.recorder.add(
      body.events
        .filter((_, i) => results[i]?.status === 'processed')
        .map((e) => ({ ...e, ad_account_id: adAccount, test })),
    );
    const processed = results.filter((r) => r.status === 'processed').length;
    const response: ConversionApiResponse = {
      num_events_received: results.length,
      num_events_processed: processed,
      events: results,
    };
    note(req, { test, received: results.length, processed });
    return processed === results.length ? response : reply.code(422).send(notAllProcessed(response));
  });
}
