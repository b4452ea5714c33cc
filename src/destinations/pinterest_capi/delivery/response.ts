// handleDeliveryResponse (SPEC §9): Pinterest's answer for one batch → one status per job.
import type { Metadata } from '../types';
import { deliveryMessages as msg } from './messages';
import { authorizationOf, scrubber, scrubJson, tokenOf } from './scrub';
import { deliveryStatTags, type DeliveryCause } from './stat-tags';

export interface JobResult {
  statusCode: number;
  metadata: Metadata;
  error: string;
  /** On failed jobs: the cause's integrations-lib error class tags, feature `dataDelivery` (SPEC §3.3, §13). */
  statTags?: Record<string, unknown>;
}

export interface DeliveryOutput {
  status: number;
  message: string;
  response: JobResult[];
  destinationResponse?: { status: number; response: unknown };
  /** Where the host's v1 proxy answer carries them: the tags of the first failed job. */
  statTags?: Record<string, unknown>;
}

/** The host's response-handler input: Pinterest's answer, the jobs of the batch, and the request that was sent. */
export interface DeliveryResponseInput {
  /** `failure`: nothing usable came back (request refused, timeout, network); every job gets `status` with it. */
  destinationResponse: {
    status: number;
    response: unknown;
    failure?: string;
    /** The request was refused before anything was sent (bad client input). */
    refused?: boolean;
    /** Already scrubbed of the token by our client. */
    scrubbed?: boolean;
  };
  rudderJobMetadata: Metadata[];
  destinationRequest?: {
    endpoint?: string;
    body?: { JSON?: { data?: unknown } };
    headers?: unknown;
    destinationConfig?: unknown;
  };
}

interface EventOutcome {
  status?: unknown;
  error_message?: unknown;
}

interface Verdict {
  statusCode: number;
  error: string;
  cause?: DeliveryCause;
  dontBatch?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const bodyMessage = (body: unknown) => (isRecord(body) ? text(body.message) : undefined);
const OK: Verdict = { statusCode: 200, error: msg.success() };
const eventFailed = (error: string): Verdict => ({ statusCode: 400, error, cause: 'aborted' });

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

/** Pinterest's per-event answers (200 body, or 422 `details`), whatever their number; null when there are none. */
function eventOutcomes(status: number, body: unknown): EventOutcome[] | null {
  const holder = status === 422 && isRecord(body) ? body.details : body;
  const events = isRecord(holder) ? holder.events : undefined;
  return Array.isArray(events) ? (events as EventOutcome[]) : null;
}

// Pinterest documents `processed` | `failed`; the case is not trusted (a `FAILED` must not count as success).
const failure = (o: EventOutcome): string | undefined =>
  isRecord(o) && typeof o.status === 'string' && o.status.trim().toLowerCase() === 'failed'
    ? (text(o.error_message) ?? msg.eventFailed())
    : undefined;

function perEvent(
  status: number,
  body: unknown,
  outcomes: EventOutcome[],
  sent: readonly unknown[],
  jobs: number,
): Verdict[] {
  // One outcome per event sent, in order; a shorter or longer list cannot be matched to events.
  const owner = outcomes.length === sent.length ? jobOfEvent(sent, jobs) : null;
  if (owner === null) {
    // Unreconcilable: every job gets the worst outcome of the batch. A 422 says some event failed even when the
    // list does not show which.
    const worst =
      outcomes.map(failure).find((f) => f !== undefined) ??
      (status === 422 ? (bodyMessage(body) ?? msg.status(422)) : undefined);
    return Array.from({ length: jobs }, () => (worst === undefined ? OK : eventFailed(worst)));
  }
  const errors: (string | undefined)[] = Array.from({ length: jobs }, () => undefined);
  outcomes.forEach((o, i) => {
    const f = failure(o);
    const job = owner[i] as number;
    if (f !== undefined && errors[job] === undefined) errors[job] = f;
  });
  return errors.map((e) => (e === undefined ? OK : eventFailed(e)));
}

const adAccountOf = (endpoint: string | undefined) =>
  /\/ad_accounts\/([^/]+)\//.exec(endpoint ?? '')?.[1] ?? 'unknown';

/** The verdict for every job when Pinterest refused the whole request. */
function wholeRequest(status: number, body: unknown, input: DeliveryResponseInput): Verdict {
  const said = bodyMessage(body);
  // A body the proxy could not parse arrives as its raw text.
  if (typeof body === 'string') return { statusCode: 500, error: msg.notJson(status), cause: 'retryable' };
  // Pinterest: 400 fails the whole request for one bad event; retried job by job, one bad job cannot sink the rest.
  if (status === 400) {
    return input.rudderJobMetadata.length > 1
      ? { statusCode: 500, error: said ?? msg.status(400), cause: 'retryable', dontBatch: true }
      : { statusCode: 400, error: said ?? msg.status(400), cause: 'aborted' };
  }
  if (status === 401) return { statusCode: 500, error: msg.unauthorized(said), cause: 'retryable' };
  if (status === 403) {
    const account = adAccountOf(input.destinationRequest?.endpoint);
    return { statusCode: 500, error: msg.forbidden(account, said), cause: 'retryable' };
  }
  if (status === 429) return { statusCode: 429, error: msg.throttled(said), cause: 'throttled' };
  if (status >= 500 && status <= 599)
    return { statusCode: status, error: msg.status(status, said), cause: 'retryable' };
  if (status >= 400 && status <= 499)
    return { statusCode: 400, error: msg.status(status, said), cause: 'aborted' };
  return { statusCode: 500, error: msg.status(status, said), cause: 'retryable' };
}

// rudder-transformer's HTTP helper reports a network failure as `{status: 500, response: "[ECONNREFUSED] :: …"}`.
const HOST_NETWORK_ERROR = /^\[[A-Z_]+\] :: /;

function jobResults(jobs: Metadata[], verdicts: readonly Verdict[]): JobResult[] {
  return jobs.map((metadata, j) => {
    const v = verdicts[j] as Verdict;
    const m = v.dontBatch ? { ...metadata, dontBatch: true } : metadata;
    if (v.cause === undefined) return { statusCode: v.statusCode, metadata: m, error: v.error };
    return {
      statusCode: v.statusCode,
      metadata: m,
      error: v.error,
      statTags: deliveryStatTags(v.cause, metadata),
    };
  });
}

export function handleDeliveryResponse(input: DeliveryResponseInput): DeliveryOutput {
  const { status, response: raw, scrubbed } = input.destinationResponse;
  const jobs = input.rudderJobMetadata ?? [];
  const request = input.destinationRequest;
  const scrub = scrubber([
    tokenOf(authorizationOf(request?.headers)),
    (request?.destinationConfig as { accessToken?: unknown } | undefined)?.accessToken,
  ]);
  // Everything said below comes from this body, so scrubbing it once covers messages and destinationResponse.
  const body = scrubbed ? raw : scrubJson(raw, scrub);
  const given = input.destinationResponse.failure;
  const failure =
    given !== undefined
      ? scrubbed
        ? given
        : scrub(given)
      : typeof body === 'string' && HOST_NETWORK_ERROR.test(body)
        ? msg.network(body)
        : undefined;
  if (failure !== undefined) {
    const cause: DeliveryCause = input.destinationResponse.refused ? 'refused' : 'network';
    const response = jobResults(
      jobs,
      jobs.map(() => ({ statusCode: status, error: failure, cause })),
    );
    return { status, message: failure, response, ...firstTags(response) };
  }
  const sentData = request?.body?.JSON?.data;
  const sent = Array.isArray(sentData) ? sentData : [];
  let verdicts: Verdict[];
  const accepted = (status >= 200 && status < 300) || status === 422;
  if (accepted) {
    const outcomes = eventOutcomes(status, body);
    if (outcomes) verdicts = perEvent(status, body, outcomes, sent, jobs.length);
    else if (status === 422) verdicts = jobs.map(() => eventFailed(bodyMessage(body) ?? msg.status(422)));
    else verdicts = jobs.map(() => OK);
  } else {
    const v = wholeRequest(status, body, input);
    verdicts = jobs.map(() => v);
  }
  const response = jobResults(jobs, verdicts);
  const ok = response.filter((r) => r.statusCode >= 200 && r.statusCode < 300).length;
  return {
    status,
    message: accepted ? msg.summary(ok, response.length - ok) : (response[0]?.error ?? msg.status(status)),
    response,
    destinationResponse: { status, response: body },
    ...firstTags(response),
  };
}

const firstTags = (response: JobResult[]) => {
  const tags = response.find((r) => r.statTags)?.statTags;
  return tags ? { statTags: tags } : {};
};
