// processRouterDest / processBatch (SPEC §8): per-input errors, batches of ≤ batchSize events per account + token + mode.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { resolveConfig, type ResolvedConfig } from './config/resolve';
import { asTypedError } from './errors';
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

interface Transformed {
  index: number;
  input: ProcessorInput;
  rc: ResolvedConfig;
  events: PinterestEvent[];
}

interface Chunk {
  first: number;
  rc: ResolvedConfig;
  destination: Destination;
  events: PinterestEvent[];
  metadata: Metadata[];
}

/** Inputs transformed between two yields to the event loop: ~10 ms of work at this destination's speed. */
const SLICE = 500;

/** Groups by batch key in input order and cuts each group into chunks of ≤ batchSize, never splitting an input. */
function chunk(done: Transformed[]): Chunk[] {
  const open = new Map<string, Chunk>();
  const chunks: Chunk[] = [];
  for (const t of done) {
    const key = t.rc.batchKey;
    const limit = t.rc.config.batchSize;
    let c = open.get(key);
    if (c && c.events.length + t.events.length > Math.min(limit, c.rc.config.batchSize)) c = undefined;
    if (!c) {
      c = { first: t.index, rc: t.rc, destination: t.input.destination, events: [], metadata: [] };
      chunks.push(c);
      open.set(key, c);
    }
    for (const e of t.events) c.events.push(e);
    c.metadata.push(t.input.metadata ?? {});
  }
  return chunks;
}

export async function routerTransform(inputs: ProcessorInput[], feature: Feature): Promise<RouterOutput[]> {
  const now = Date.now();
  const done: Transformed[] = [];
  const failed: { index: number; output: RouterOutput }[] = [];
  for (let start = 0; start < inputs.length; start += SLICE) {
    if (start > 0) await yieldToLoop();
    const end = Math.min(start + SLICE, inputs.length);
    for (let index = start; index < end; index += 1) {
      const input = inputs[index] as ProcessorInput;
      try {
        const rc = resolveConfig(input?.destination);
        done.push({ index, input, rc, events: transformMessage(input.message, rc, now) });
      } catch (e) {
        const error = asTypedError(e);
        failed.push({
          index,
          output: {
            metadata: [input?.metadata ?? {}],
            batched: false,
            statusCode: error.status,
            error: error.message,
            statTags: statTags(error, feature, input?.destination),
            destination: input?.destination,
          },
        });
      }
    }
  }
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
  // Every input's metadata is in exactly one entry; entries follow their first input.
  return [...batches, ...failed].sort((a, b) => a.index - b.index).map((x) => x.output);
}

export const processRouterDest = (
  inputs: ProcessorInput[],
  _reqMetadata?: unknown,
): Promise<RouterOutput[]> => routerTransform(Array.isArray(inputs) ? inputs : [], 'router');

export const processBatch = (inputs: ProcessorInput[], _reqMetadata?: unknown): Promise<RouterOutput[]> =>
  routerTransform(Array.isArray(inputs) ? inputs : [], 'batch');
