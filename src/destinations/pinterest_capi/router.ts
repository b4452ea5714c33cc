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

/** Inputs transformed between two yields to the event loop: ~10 ms of work at this destination's speed. */
const SLICE = 500;

/** Groups by batch key in input order and cuts each group into chunks of ≤ batchSize, never splitting an input. */
export function chunk(done: Transformed[]): Chunk[] {
  const open = new Map<string, Chunk>();
  const chunks: Chunk[] = [];
  for (const t of done) {
    const key = t.rc.batchKey;
    const limit = t.rc.config.batchSize;
    let c = open.get(key);
    if (c && c.events.length + t.events.length > Math.min(limit, c.rc.config.batchSize)) c = undefined;
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

function transformRange(
  inputs: ProcessorInput[],
  start: number,
  end: number,
  t: Transforming,
  failedBefore?: FailedBefore,
): void {
  for (let index = start; index < end; index += 1) {
    const input = inputs[index] as ProcessorInput;
    const early = failedBefore?.get(index);
    if (early) {
      t.failed.push({ index, input, error: early });
      continue;
    }
    try {
      const rc = resolveConfig(input?.destination);
      t.done.push({ index, input, rc, events: transformMessage(input.message, rc, t.now) });
    } catch (e) {
      t.failed.push({ index, input, error: asTypedError(e) });
    }
  }
}

/** Transforms every input, yielding to the event loop between slices; failures are kept with their input. */
export async function transformInputs(
  inputs: ProcessorInput[],
  failedBefore?: FailedBefore,
): Promise<Transforming> {
  const t: Transforming = { now: Date.now(), done: [], failed: [] };
  for (let start = 0; start < inputs.length; start += SLICE) {
    if (start > 0) await yieldToLoop();
    transformRange(inputs, start, Math.min(start + SLICE, inputs.length), t, failedBefore);
  }
  return t;
}

/** Router outputs: one per chunk and one per failed input, in the order of each entry's first input. */
function outputs({ done, failed }: Transforming, feature: Feature): RouterOutput[] {
  const errors = failed.map(({ index, input, error }) => ({
    index,
    output: {
      metadata: [input?.metadata ?? {}],
      batched: false,
      statusCode: error.status,
      error: error.message,
      statTags: statTags(error, feature, input?.destination),
      destination: input?.destination,
    } as RouterOutput,
  }));
  const batches = chunk(done).map((c) => ({
    index: c.first,
    output: {
      batchedRequest: buildRequest(c.rc, c.events),
      metadata: c.metadata,
      batched: true,
      statusCode: 200,
      destination: c.destination,
    } as RouterOutput,
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
