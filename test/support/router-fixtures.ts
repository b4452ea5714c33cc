// Router fixtures: builds the inputs over the shared base and expands the short expected entries (see README).
import cloneDeep from 'lodash/cloneDeep';
import { base, expectedEnvelope, merge } from './fixtures';

export interface RouterInputCase {
  message?: Record<string, unknown>;
  rawMessage?: unknown;
  config?: Record<string, unknown>;
  destinationId?: string;
  jobId?: number;
}

type Expected =
  | {
      batch: { events: unknown[]; params?: Record<string, unknown> };
      jobIds: number[];
      destinationOf?: number;
    }
  | {
      error: string;
      statusCode: number;
      statTags: Record<string, unknown>;
      jobIds: number[];
      destinationOf?: number;
    };

export interface RouterCase {
  description: string;
  feature?: 'router' | 'batch';
  inputs: RouterInputCase[];
  expected: Expected[];
}

export function buildRouterInputs(c: RouterCase) {
  return c.inputs.map((i, index) => ({
    message: 'rawMessage' in i ? cloneDeep(i.rawMessage) : merge(base.message, i.message ?? {}),
    metadata: { ...cloneDeep(base.metadata), jobId: i.jobId ?? index + 1 },
    destination: {
      ...cloneDeep(base.destination),
      ID: i.destinationId ?? base.destination.ID,
      Config: merge(base.destination.Config, i.config ?? {}) as Record<string, unknown>,
    },
  }));
}

export function expectedRouterOutputs(c: RouterCase) {
  const inputs = buildRouterInputs(c);
  const byJob = new Map(inputs.map((input, index) => [input.metadata.jobId, index]));
  const feature = c.feature ?? 'router';
  return c.expected.map((e) => {
    const at = e.destinationOf ?? (byJob.get(e.jobIds[0] as number) as number);
    const destination = (inputs[at] as (typeof inputs)[number]).destination;
    const metadata = e.jobIds.map(
      (id) => (inputs[byJob.get(id) as number] as (typeof inputs)[number]).metadata,
    );
    if ('batch' in e) {
      return {
        batchedRequest: expectedEnvelope(destination.Config, e.batch.events, e.batch.params ?? {}),
        metadata,
        batched: true,
        statusCode: 200,
        destination,
      };
    }
    return {
      metadata,
      batched: false,
      statusCode: e.statusCode,
      error: e.error,
      statTags: {
        ...e.statTags,
        destType: 'PINTEREST_CAPI',
        module: 'destination',
        implementation: 'native',
        feature,
        destinationId: destination.ID,
        workspaceId: (destination as { WorkspaceID?: string }).WorkspaceID,
      },
      destination,
    };
  });
}
