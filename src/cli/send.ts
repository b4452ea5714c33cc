// `pinterest-capi send`: transform, batch, deliver with retries of retryable failures, and summarise every input's fate.
import { setTimeout as sleep } from 'node:timers/promises';
import { deliver, type Destination } from '../destinations/pinterest_capi';
import { buildRequest } from '../destinations/pinterest_capi/request';
import { chunk, type Transformed } from '../destinations/pinterest_capi/router';
import { authAdvice, isAuthFailure, withAdvice } from './advice';
import { DEFAULT_MAX_VALUE_CHARS } from './clip';
import { loadConfig } from './config';
import { wireRequest, type WireRequest } from './dry-run';
import { readAndTransform } from './inputs';
import { Progress } from './progress';
import { DEFAULT_TOP_ERRORS, Summary } from './summary';

export interface SendOptions {
  config: string;
  events?: string;
  apiUrl?: string;
  dryRun: boolean;
  /** With dryRun: return (and print) every request that would be sent, the token masked. */
  printRequests?: boolean;
  json: boolean;
  fillTimestamp: boolean;
  maxRetries: number;
  retryDelayMs: number;
  concurrency: number;
  maxValueChars?: number;
  topErrors?: number;
}

/** A request's worth of jobs; after a poisoned batch (dontBatch) each job is re-sent alone. */
interface Unit {
  jobs: Transformed[];
  attempt: number;
}

// Pinterest's retryable answers (SPEC §9): throttling, server errors, network failures. 401/403 are not retried
// here (SPEC §11): the token or ad account must be fixed by the operator, so a retry only repeats the refusal.
const retryable = (status: number) => status === 429 || status >= 500;

interface Run {
  summary: Summary;
  opts: SendOptions;
  progress: Progress;
  cli: Destination;
  /** Batch keys Pinterest refused with 401/403 → the message; their other requests are not sent. */
  refused: Map<string, string>;
}

function failAll(unit: Unit, message: string, run: Run): Unit[] {
  for (let i = 0; i < unit.jobs.length; i += 1) {
    run.summary.fail(message);
    run.progress.tick();
  }
  return [];
}

async function deliverUnit(unit: Unit, run: Run): Promise<Unit[]> {
  const { summary, opts, progress } = run;
  const [first] = unit.jobs as [Transformed];
  const refusal = run.refused.get(first.rc.batchKey);
  if (refusal !== undefined) return failAll(unit, refusal, run);
  const request = buildRequest(
    first.rc,
    unit.jobs.flatMap((j) => j.events),
  );
  const metadata = unit.jobs.map((j) => ({ job: j.index }));
  const out = await deliver({ ...request, metadata });
  if (isAuthFailure(out.status)) {
    const advice = authAdvice(out.status, {
      configPath: first.input.destination === run.cli ? opts.config : undefined,
      adAccountId: first.rc.config.adAccountId,
    });
    const error = out.response[0]?.error ?? `Pinterest answered ${out.status}`;
    const message = withAdvice(error, `not retried: ${advice}`);
    run.refused.set(first.rc.batchKey, message);
    return failAll(unit, message, run);
  }
  const again: Transformed[] = [];
  const alone: Unit[] = [];
  out.response.forEach((r, i) => {
    const job = unit.jobs[i] as Transformed;
    if (r.statusCode >= 200 && r.statusCode < 300) {
      summary.processed += 1;
      summary.events += job.events.length;
      progress.tick();
    } else if (r.metadata.dontBatch === true && unit.jobs.length > 1) {
      alone.push({ jobs: [job], attempt: unit.attempt + 1 });
    } else if (retryable(r.statusCode) && unit.attempt < opts.maxRetries) {
      again.push(job);
    } else {
      summary.fail(r.error);
      progress.tick();
    }
  });
  const next = [...alone];
  if (again.length > 0) next.push({ jobs: again, attempt: unit.attempt + 1 });
  if (next.length > 0) {
    summary.retried += next.reduce((n, u) => n + u.jobs.length, 0);
    // Exponential backoff with jitter before the retried requests go out.
    const delay = opts.retryDelayMs * 2 ** unit.attempt * (0.5 + Math.random() / 2);
    await sleep(Math.min(delay, 30_000));
  }
  return next;
}

async function deliverAll(units: Unit[], run: Run) {
  const queue = [...units];
  const worker = async () => {
    for (let unit = queue.shift(); unit; unit = queue.shift()) {
      queue.push(...(await deliverUnit(unit, run)));
    }
  };
  // Workers finish when the queue is empty; retries queued by a slower worker are picked up by a new round.
  while (queue.length > 0) await Promise.all(Array.from({ length: run.opts.concurrency }, worker));
}

export interface SendResult {
  summary: Summary;
  /** Set for --dry-run: what would have been sent (`list` with printRequests). */
  dryRun?: { requests: number; events: number; list?: WireRequest[] };
}

/** Transforms, batches and (unless dry-run) delivers the events file; every input lands in one summary bucket. */
export async function runSend(opts: SendOptions): Promise<SendResult> {
  // The endpoint of every request is built from this base when configs are parsed, and the proxy only sends there.
  if (opts.apiUrl) process.env.PINTEREST_API_BASE_URL = opts.apiUrl;
  // Checked once, before any event: a bad config is one report (exit 2), not one error per event.
  const { Config } = loadConfig(opts.config);
  const cli: Destination = { ID: `cli:${opts.apiUrl ?? ''}`, Config };
  const summary = new Summary(opts.topErrors ?? DEFAULT_TOP_ERRORS);
  const classified = await readAndTransform(cli, {
    events: opts.events,
    fillTimestamp: opts.fillTimestamp,
    maxValueChars: opts.maxValueChars ?? DEFAULT_MAX_VALUE_CHARS,
  });
  summary.filtered = classified.filtered.length;
  for (const message of classified.rejected) summary.fail(message);
  const chunks = chunk(classified.done);
  if (opts.dryRun) {
    const events = chunks.reduce((n, c) => n + c.events.length, 0);
    const list = opts.printRequests
      ? chunks.map((c) => wireRequest(buildRequest(c.rc, c.events)))
      : undefined;
    return { summary, dryRun: { requests: chunks.length, events, list } };
  }
  const progress = new Progress(classified.done.length);
  const run: Run = { summary, opts, progress, cli, refused: new Map() };
  await deliverAll(
    chunks.map((c) => ({ jobs: c.members, attempt: 0 })),
    run,
  );
  progress.end();
  return { summary };
}

/**
 * Prints the summary (text, or JSON with --json). With --print-requests the requests go to stdout, one JSON line
 * each, and the summary to stderr, so that the requests can be piped on their own.
 */
export async function sendCommand(opts: SendOptions): Promise<number> {
  const { summary, dryRun } = await runSend(opts);
  const out = dryRun?.list ? process.stderr : process.stdout;
  for (const r of dryRun?.list ?? []) process.stdout.write(`${JSON.stringify(r)}\n`);
  if (opts.json) {
    const dry = dryRun ? { dryRun: { requests: dryRun.requests, events: dryRun.events } } : {};
    out.write(`${JSON.stringify({ ...summary.toJSON(), ...dry })}\n`);
  } else {
    out.write(summary.toText());
    if (dryRun) out.write(`dry run: ${dryRun.requests} request(s) with ${dryRun.events} event(s) not sent\n`);
  }
  return summary.failed === 0 ? 0 : 1;
}
