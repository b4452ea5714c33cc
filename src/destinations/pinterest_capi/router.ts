// processRouterDest / processBatch (SPEC §8): per-input errors, batches of ≤ batchSize events per account + token + mode.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { resolveConfig, type ResolvedConfig } from './config/resolve';
import { asTypedError, type BaseError } from './errors';
import { buildRequest } from './request';
import { statTags, type Feature } from './stat-tags';
import { transformMessage, type PinterestEvent } from './transform';
import type { Destination, Metadata, ProcessorInput, RestRequest } from './types';

export type RouterOutput =
  | {
      batchedRequest: RestRequest;
      metadata: Metadata[];
      batched: true;
      statusCode: 200;
      destination: Destination;
    }
  | {
      metadata: Metadata[];
      batched: false;
      statusCode: number;
      error: string;
      statTags: Record<string, unknown>;
      destination: Destination;
    };

export interface Transformed {
  index: number;
  input: ProcessorInput;
  rc: ResolvedConfig;
  events: PinterestEvent[];
}

export interface Failed {
  index: number;
  input: ProcessorInput;
  error: BaseError;
}

export interface Chunk {
  first: number;
  rc: ResolvedConfig;
  destination: Destination;
  events: PinterestEvent[];
  metadata: Metadata[];
  /** The inputs whose events the chunk carries, in order. */
  members: Transformed[];
}

/**
 * The router yields to the event loop once it has worked this long (SPEC §8: never more than ~50 ms at a time), not
 * after a count of inputs. With freshly parsed inputs (a host's), one yield in the middle of each 1,000-input call
 * made the router 1.4–2× slower on Node.js 24 and 26 (~15 % on 20); with inputs already in V8's old generation it
 * made no difference: the cost comes with the call's young inputs, not the turn itself (docs/performance.md, "Node.js
 * 22, 24 and 26, and the router's yield"). A steady-state call of 1,000 inputs takes ~5–10 ms and does not yield; a
 * budget of 10 ms was slower than 20.
 */
export const YIELD_AFTER_MS = 20;
/** Inputs transformed between two looks at the clock (~0.1 ms of work in steady state). */
const CHECK_EVERY = 16;

/**
 * Whether an input's `n` events join the open batch of its key (holding `count` events, opened under `openRc`) or
 * open the next one: a batch stays within both inputs' batchSize, and an input is never split.
 */
export const joins = (count: number, openRc: ResolvedConfig, rc: ResolvedConfig, n: number): boolean =>
  count + n <= Math.min(rc.config.batchSize, openRc.config.batchSize);

/** Groups by batch key in input order and cuts each group into chunks of ≤ batchSize, never splitting an input. */
export function chunk(done: Transformed[]): Chunk[] {
  const open = new Map<string, Chunk>();
  const chunks: Chunk[] = [];
  for (const t of done) {
    const key = t.rc.batchKey;
    let c = open.get(key);
    if (c && !joins(c.events.length, c.rc, t.rc, t.events.length)) c = undefined;
    if (!c) {
      c = {
        first: t.index,
        rc: t.rc,
        destination: t.input.destination,
        events: [],
        metadata: [],
        members: [],
      };
      chunks.push(c);
      open.set(key, c);
    }
    for (const e of t.events) c.events.push(e);
    c.metadata.push(t.input.metadata ?? {});
    c.members.push(t);
  }
  return chunks;
}

interface Transforming {
  now: number;
  done: Transformed[];
  failed: Failed[];
}

/** Inputs that failed before transforming (the service's checks), by index. */
export type FailedBefore = ReadonlyMap<number, BaseError>;

/** One input's events, or its failure (`early`: a failure found before transforming, by the service's checks). */
export function transformOne(
  input: ProcessorInput,
  index: number,
  now: number,
  early?: BaseError,
): { done: Transformed; failed?: undefined } | { done?: undefined; failed: Failed } {
  if (early) return { failed: { index, input, error: early } };
  try {
    const rc = resolveConfig(input?.destination);
    return { done: { index, input, rc, events: transformMessage(input.message, rc, now) } };
  } catch (e) {
    return { failed: { index, input, error: asTypedError(e) } };
  }
}

function transformRange(
  inputs: ProcessorInput[],
  start: number,
  end: number,
  t: Transforming,
  failedBefore?: FailedBefore,
): void {
  for (let index = start; index < end; index += 1) {
    const one = transformOne(inputs[index] as ProcessorInput, index, t.now, failedBefore?.get(index));
    if (one.done) t.done.push(one.done);
    else t.failed.push(one.failed);
  }
}

/** Transforms every input, yielding to the event loop every YIELD_AFTER_MS of work; failures are kept with their input. */
export async function transformInputs(
  inputs: ProcessorInput[],
  failedBefore?: FailedBefore,
): Promise<Transforming> {
  const t: Transforming = { now: Date.now(), done: [], failed: [] };
  let since = performance.now();
  for (let start = 0; start < inputs.length; start += CHECK_EVERY) {
    if (performance.now() - since >= YIELD_AFTER_MS) {
      await yieldToLoop();
      since = performance.now();
    }
    transformRange(inputs, start, Math.min(start + CHECK_EVERY, inputs.length), t, failedBefore);
  }
  return t;
}

/** The router's entry for an input that failed. */
export const failureOutput = ({ input, error }: Failed, feature: Feature): RouterOutput =>
  ({
    metadata: [input?.metadata ?? {}],
    batched: false,
    statusCode: error.status,
    error: error.message,
    statTags: statTags(error, feature, input?.destination),
    destination: input?.destination,
  }) as RouterOutput;

/** The router's entry for a batch of events. */
export const batchOutput = (
  rc: ResolvedConfig,
  events: PinterestEvent[],
  metadata: Metadata[],
  destination: Destination,
): RouterOutput => ({
  batchedRequest: buildRequest(rc, events),
  metadata,
  batched: true,
  statusCode: 200,
  destination,
});

/** Router outputs: one per chunk and one per failed input, in the order of each entry's first input. */
function outputs({ done, failed }: Transforming, feature: Feature): RouterOutput[] {
  const errors = failed.map((f) => ({ index: f.index, output: failureOutput(f, feature) }));
  const batches = chunk(done).map((c) => ({
    index: c.first,
    output: batchOutput(c.rc, c.events, c.metadata, c.destination),
  }));
  return [...batches, ...errors].sort((a, b) => a.index - b.index).map((x) => x.output);
}

export async function routerTransform(
  inputs: ProcessorInput[],
  feature: Feature,
  failedBefore?: FailedBefore,
): Promise<RouterOutput[]> {
  return outputs(await transformInputs(Array.isArray(inputs) ? inputs : [], failedBefore), feature);
}

export const processRouterDest = (
  inputs: ProcessorInput[],
  _reqMetadata?: unknown,
): Promise<RouterOutput[]> => routerTransform(inputs, 'router');

export const processBatch = (inputs: ProcessorInput[], _reqMetadata?: unknown): Promise<RouterOutput[]> =>
  routerTransform(inputs, 'batch');

/**
 * The host's /batch route calls `batch(inputs)` without awaiting it (rudder-transformer, see docs/rudderstack.md),
 * so this one is synchronous: the same outputs as processBatch, without yielding.
 */
export function batch(inputs: ProcessorInput[], _reqMetadata?: unknown): RouterOutput[] {
  const list = Array.isArray(inputs) ? inputs : [];
  const t: Transforming = { now: Date.now(), done: [], failed: [] };
  transformRange(list, 0, list.length, t);
  return outputs(t, 'batch');
}
