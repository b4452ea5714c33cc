// Loads golden fixtures: merges each case over the shared base, expands "sha256:" markers, runs `process`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cloneDeep from 'lodash/cloneDeep';
import isPlainObject from 'lodash/isPlainObject';
import { processSync } from '../../src/destinations/pinterest_capi/process';

export const FIXTURES_DIR = join(__dirname, '..', '__fixtures__', 'pinterest_capi');

interface Base {
  now: string;
  destination: { ID: string; Config: Record<string, unknown> } & Record<string, unknown>;
  metadata: Record<string, unknown>;
  message: Record<string, unknown>;
}

export interface ProcessCase {
  description: string;
  config?: Record<string, unknown>;
  message?: Record<string, unknown>;
  rawMessage?: unknown;
  noConfig?: boolean;
  now?: string;
  expected: { events?: unknown[]; params?: Record<string, unknown>; error?: ExpectedError };
}

export interface ExpectedError {
  class: string;
  status: number;
  message: string;
}

export const base: Base = JSON.parse(readFileSync(join(FIXTURES_DIR, 'base.json'), 'utf8'));

export const listCases = (folder: string): string[] =>
  readdirSync(join(FIXTURES_DIR, folder))
    .filter((f) => f.endsWith('.json'))
    .sort();

export const readCase = <T>(folder: string, file: string): T =>
  JSON.parse(readFileSync(join(FIXTURES_DIR, folder, file), 'utf8')) as T;

/** `over` deep-merged onto a copy of `onto`; the string "$unset" deletes a key; arrays replace. */
export function merge(onto: unknown, over: unknown): unknown {
  if (!isPlainObject(onto) || !isPlainObject(over)) return cloneDeep(over);
  const out = cloneDeep(onto) as Record<string, unknown>;
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) {
    if (v === '$unset') delete out[k];
    else out[k] = k in out ? merge(out[k], v) : cloneDeep(v);
  }
  return out;
}

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Replaces every "sha256:<normalised>" string with its hash. */
export function expandMarkers(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('sha256:') ? sha256(value.slice(7)) : value;
  if (Array.isArray(value)) return value.map(expandMarkers);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, expandMarkers(v)]));
  }
  return value;
}

export function buildInput(c: ProcessCase) {
  const config = merge(base.destination.Config, c.config ?? {}) as Record<string, unknown>;
  const destination = { ...cloneDeep(base.destination), Config: c.noConfig ? undefined : config };
  const message = 'rawMessage' in c ? c.rawMessage : merge(base.message, c.message ?? {});
  return { message, metadata: cloneDeep(base.metadata), destination } as never;
}

/** The request envelope of SPEC §3.2 for `events`, written out independently of src/request.ts. */
export const expectedEnvelope = (
  config: Record<string, unknown>,
  events: unknown[],
  params: unknown = {},
) => ({
  version: '1',
  type: 'REST',
  method: 'POST',
  endpoint: `https://api.pinterest.com/v5/ad_accounts/${String(config.adAccountId)}/events`,
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${String(config.accessToken)}` },
  params,
  body: { JSON: { data: expandMarkers(events) }, JSON_ARRAY: {}, XML: {}, FORM: {} },
  files: {},
});

export function expectedRequests(c: ProcessCase) {
  const config = merge(base.destination.Config, c.config ?? {}) as Record<string, unknown>;
  return (c.expected.events ?? []).map((event) => expectedEnvelope(config, [event], c.expected.params ?? {}));
}

export type Outcome = { requests: unknown[] } | { error: ExpectedError };

/** Runs the case once through `process`'s synchronous core, with the case's pinned clock as its clock argument. */
export function runCase(c: ProcessCase): Outcome {
  try {
    return { requests: processSync(buildInput(c), Date.parse(c.now ?? base.now)) };
  } catch (e) {
    const err = e as Error & { status?: number };
    return { error: { class: err.constructor.name, status: err.status ?? 500, message: err.message } };
  }
}
