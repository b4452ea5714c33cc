// handleDeliveryResponse (SPEC §9): Pinterest's answer for one batch → one status per job.
import type { Metadata } from '../types';
import { deliveryMessages as msg } from './messages';

export interface JobResult {
  statusCode: number;
  metadata: Metadata;
  error: string;
}

export interface DeliveryOutput {
  status: number;
  message: string;
  response: JobResult[];
  destinationResponse?: { status: number; response: unknown };
}

/** The host's response-handler input: Pinterest's answer, the jobs of the batch, and the request that was sent. */
export interface DeliveryResponseInput {
  /** `failure`: nothing usable came back (endpoint refused, timeout, network); every job gets `status` with it. */
  destinationResponse: { status: number; response: unknown; failure?: string };
  rudderJobMetadata: Metadata[];
  destinationRequest?: { endpoint?: string; body?: { JSON?: { data?: unknown } } };
}

interface EventOutcome {
  status?: unknown;
  error_message?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const bodyMessage = (body: unknown) => (isRecord(body) ? text(body.message) : undefined);

/** Which job each event belongs to: one each, or runs of one event_id per job (multiplexing); null if unclear. */
function jobOfEvent(events: readonly unknown[], jobs: number): number[] | null {
  if (events.length === jobs) return events.map((_, i) => i);
  const owner: number[] = [];
  let job = -1;
  let last: unknown = Symbol('none');
  for (const e of events) {
    const id = isRecord(e) ? e.event_id : undefined;
    if (id === undefined || id !== last) job += 1;
    last = id;
    owner.push(job);
  }
  return job + 1 === jobs ? owner : null;
}

/** Pinterest's per-event answers, when present for every event sent (200 body, or 422 `details`). */
function eventOutcomes(status: number, body: unknown, sent: number): EventOutcome[] | null {
  const holder = status === 422 && isRecord(body) ? body.details : body;
  const events = isRecord(holder) ? holder.events : undefined;
  return Array.isArray(events) && events.length === sent && (sent > 0 || events.length > 0)
    ? (events as EventOutcome[])
    : null;
}

function perEvent(outcomes: EventOutcome[], sent: readonly unknown[], metadata: Metadata[]): JobResult[] {
  const failure = (o: EventOutcome) =>
    o?.status === 'failed' ? (text(o.error_message) ?? 'Pinterest did not process the event') : undefined;
  const owner = jobOfEvent(sent, metadata.length);
  if (owner === null) {
    // Events cannot be matched to jobs: every job gets the worst outcome of the batch.
    const worst = outcomes.map(failure).find((f) => f !== undefined);
    return metadata.map((m) => ({
      statusCode: worst ? 400 : 200,
      metadata: m,
      error: worst ?? msg.success(),
    }));
  }
  const errors: (string | undefined)[] = metadata.map(() => undefined);
  outcomes.forEach((o, i) => {
    const f = failure(o);
    const job = owner[i] as number;
    if (f !== undefined && errors[job] === undefined) errors[job] = f;
  });
  return metadata.map((m, j) => ({
    statusCode: errors[j] ? 400 : 200,
    metadata: m,
    error: errors[j] ?? msg.success(),
  }));
}

const adAccountOf = (endpoint: string | undefined) =>
  /\/ad_accounts\/([^/]+)\//.exec(endpoint ?? '')?.[1] ?? 'unknown';

/** Status and error for every job when Pinterest refused the whole request. */
function wholeRequest(status: number, body: unknown, input: DeliveryResponseInput): JobResult[] {
  const jobs = input.rudderJobMetadata;
  const m = bodyMessage(body);
  const all = (statusCode: number, error: string, extra: Metadata = {}) =>
    jobs.map((metadata) => ({ statusCode, metadata: { ...metadata, ...extra }, error }));
  // A body the proxy could not parse arrives as its raw text.
  if (typeof body === 'string') return all(500, msg.notJson(status));
  // Pinterest: 400 fails the whole request for one bad event; retried job by job, one bad job cannot sink the rest.
  if (status === 400)
    return jobs.length > 1
      ? all(500, m ?? msg.status(400), { dontBatch: true })
      : all(400, m ?? msg.status(400));
  if (status === 401) return all(500, msg.unauthorized(m));
  if (status === 403) return all(500, msg.forbidden(adAccountOf(input.destinationRequest?.endpoint), m));
  if (status === 429) return all(429, msg.throttled(m));
  if (status >= 500 && status <= 599) return all(status, msg.status(status, m));
  if (status >= 400 && status <= 499) return all(400, msg.status(status, m));
  return all(500, msg.status(status, m));
}

// rudder-transformer's HTTP helper reports a network failure as `{status: 500, response: "[ECONNREFUSED] :: …"}`.
const HOST_NETWORK_ERROR = /^\[[A-Z_]+\] :: /;

export function handleDeliveryResponse(input: DeliveryResponseInput): DeliveryOutput {
  const { status, response: body } = input.destinationResponse;
  const jobs = input.rudderJobMetadata ?? [];
  const failure =
    input.destinationResponse.failure ??
    (typeof body === 'string' && HOST_NETWORK_ERROR.test(body) ? msg.network(body) : undefined);
  if (failure !== undefined) {
    return {
      status,
      message: failure,
      response: jobs.map((m) => ({ statusCode: status, metadata: m, error: failure })),
    };
  }
  const sentData = input.destinationRequest?.body?.JSON?.data;
  const sent = Array.isArray(sentData) ? sentData : [];
  let response: JobResult[];
  if ((status >= 200 && status < 300) || status === 422) {
    const outcomes = eventOutcomes(status, body, sent.length);
    if (outcomes) response = perEvent(outcomes, sent, jobs);
    else if (status === 422) {
      response = jobs.map((m) => ({
        statusCode: 400,
        metadata: m,
        error: bodyMessage(body) ?? msg.status(422),
      }));
    } else response = jobs.map((m) => ({ statusCode: 200, metadata: m, error: msg.success() }));
  } else {
    response = wholeRequest(status, body, input);
  }
  const ok = response.filter((r) => r.statusCode >= 200 && r.statusCode < 300).length;
  const whole = !((status >= 200 && status < 300) || status === 422);
  return {
    status,
    message: whole ? (response[0]?.error ?? msg.status(status)) : msg.summary(ok, response.length - ok),
    response,
    destinationResponse: { status, response: body },
  };
}
