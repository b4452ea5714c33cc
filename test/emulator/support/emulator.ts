// Test helpers for the emulator: a started server, requests over loopback, Pinterest's schemas via Ajv, log capture.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../../src/emulator/server';
import type { Emulator, EmulatorOptions } from '../../../src/emulator/types';

export const TOKEN = 'emulator-token';
export const ACCOUNT = '549755885175';

// Read from the file (not the emulator's module), so that the tests judge the emulator by the schema itself.
const SCHEMA_PATH = join(
  __dirname,
  '../../../src/destinations/pinterest_capi/schema/conversions-api.schema.json',
);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')), 'pinterest');
const definition = (name: string): ValidateFunction =>
  ajv.compile({ $ref: `pinterest#/definitions/${name}` });
const requestBody = definition('ConversionEvents');
const success = definition('ConversionApiResponse');
const detailed = definition('DetailedError');
const error = definition('Error');

/** Ajv's errors for a request body (empty when Pinterest's schema accepts it). */
export function requestBodyErrors(body: unknown): { instancePath: string; message?: string }[] {
  return requestBody(body) ? [] : (requestBody.errors ?? []);
}

/** Why a response body does not match the schema definition of its status (empty when it does). */
export function responseProblems(status: number, body: unknown): string[] {
  const check = (v: ValidateFunction, value: unknown, what: string) =>
    v(value) ? [] : (v.errors ?? []).map((e) => `${what}${e.instancePath} ${e.message}`);
  if (status === 200) return check(success, body, 'ConversionApiResponse');
  if (status === 422)
    return [
      ...check(detailed, body, 'DetailedError'),
      ...check(success, (body as { details?: unknown }).details, 'DetailedError.details'),
    ];
  return check(error, body, 'Error');
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

let counter = 0;
/** A schema-valid web event happening now. */
export function validEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    event_name: 'checkout',
    action_source: 'web',
    event_time: nowSeconds(),
    event_id: `evt-${counter}`,
    event_source_url: 'https://shop.example/checkout',
    user_data: { em: ['a'.repeat(64)] },
    ...overrides,
  };
}

export interface PostOptions {
  token?: string | null;
  account?: string;
  query?: string;
  /** Sent as-is instead of JSON.stringify(body). */
  raw?: string;
  contentType?: string;
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export async function post(em: { url: string }, body: unknown, o: PostOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': o.contentType ?? 'application/json' };
  const token = o.token === undefined ? TOKEN : o.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${em.url}/v5/ad_accounts/${o.account ?? ACCOUNT}/events${o.query ?? ''}`, {
    method: 'POST',
    headers,
    body: o.raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Log lines written by the emulator. */
export class LogSink {
  lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  get text(): string {
    return this.lines.join('');
  }
}

/** An emulator on a free loopback port, logging into a sink (info level). */
export async function start(options: EmulatorOptions = {}): Promise<{ em: Emulator; logs: LogSink }> {
  const logs = new LogSink();
  const em = await startEmulator({ port: 0, logStream: logs, logLevel: 'info', ...options });
  return { em, logs };
}
