// `pinterest-capi send`: transform, batch, deliver with retries of retryable failures, and summarise every input's fate.
import { setTimeout as sleep } from 'node:timers/promises';
import { buildRequest } from '../destinations/pinterest_capi/request';
import { chunk, transformInputs, type Transformed } from '../destinations/pinterest_capi/router';
import { deliver } from '../destinations/pinterest_capi/delivery/proxy';
import type { ProcessorInput } from '../destinations/pinterest_capi/types';
import { readJsonFile, readNdjson } from './io';
import { Progress } from './progress';
import { Summary } from './summary';
import { toInput } from './transform';

export interface SendOptions {
  config: string;
  events?: string;
  apiUrl?: string;
  dryRun: boolean;
  json: boolean;
  fillTimestamp: boolean;
  maxRetries: number;
  retryDelayMs: number;
  concurrency: number;
}

/** A request's worth of jobs; after a poisoned batch (dontBatch) each job is re-sent alone. */
interface Unit {
  jobs: Transformed[];
  attempt: number;
}

// Pinterest's retryable answers (SPEC §9): throttling, server errors, network failures, auth fixed by an operator.
const retryable = (status: number) => status === 429 || status >= 500;

async function deliverUnit(
  unit: Unit,
  summary: Summary,
  opts: SendOptions,
  progress: Progress,
): Promise<Unit[]> {
  const [first] = unit.jobs as [Transformed];
  const request = buildRequest(
    first.rc,
    unit.jobs.flatMap((j) => j.events),
  );
  const metadata = unit.jobs.map((j) => ({ job: j.index }));
  const out = await deliver({ ...request, metadata });
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

async function deliverAll(units: Unit[], summary: Summary, opts: SendOptions, progress: Progress) {
  const queue = [...units];
  const worker = async () => {
    for (let unit = queue.shift(); unit; unit = queue.shift()) {
      queue.push(...(await deliverUnit(unit, summary, opts, progress)));
    }
  };
  // Workers finish when the queue is empty; retries queued by a slower worker are picked up by a new round.
  while (queue.length > 0) await Promise.all(Array.from({ length: opts.concurrency }, worker));
}

export interface SendResult {
  summary: Summary;
  /** Set for --dry-run: what would have been sent. */
  dryRun?: { requests: number; events: number };
}

/** Transforms, batches and (unless dry-run) delivers the events file; every input lands in one summary bucket. */
export async function runSend(opts: SendOptions): Promise<SendResult> {
  // The endpoint of every request is built from this base when configs are parsed, and the proxy only sends there.
  if (opts.apiUrl) process.env.PINTEREST_API_BASE_URL = opts.apiUrl;
  const Config = readJsonFile(opts.config, 'config') as Record<string, unknown>;
  const destination = { ID: `cli:${opts.apiUrl ?? ''}`, Config };
  const summary = new Summary();
  const inputs: ProcessorInput[] = [];
  for await (const line of readNdjson(opts.events)) {
    if (line.error) {
      summary.fail(line.error);
      continue;
    }
    inputs.push(toInput(line.value, destination, opts.fillTimestamp));
  }
  const { done, failed } = await transformInputs(inputs);
  for (const f of failed) {
    if (f.error.status === 298) summary.filtered += 1;
    else summary.fail(f.error.message);
  }
  const chunks = chunk(done);
  if (opts.dryRun) {
    return {
      summary,
      dryRun: { requests: chunks.length, events: chunks.reduce((n, c) => n + c.events.length, 0) },
    };
  }
  const progress = new Progress(done.length);
  await deliverAll(
    chunks.map((c) => ({ jobs: c.members, attempt: 0 })),
    summary,
    opts,
    progress,
  );
  progress.end();
  return { summary };
}

export async function sendCommand(opts: SendOptions): Promise<number> {
  const { summary, dryRun } = await runSend(opts);
  if (opts.json)
    process.stdout.write(`${JSON.stringify({ ...summary.toJSON(), ...(dryRun ? { dryRun } : {}) })}\n`);
  else {
    process.stdout.write(summary.toText());
    if (dryRun)
      process.stdout.write(
        `dry run: ${dryRun.requests} request(s) with ${dryRun.events} event(s) not sent\n`,
      );
  }
  return summary.failed === 0 ? 0 : 1;
}
