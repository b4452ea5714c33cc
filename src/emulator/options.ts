// Emulator options with their defaults applied and their ranges checked.
import { randomInt } from 'node:crypto';
import type { EmulatorOptions, Force } from './types';

export interface ResolvedOptions {
  port: number;
  host: string;
  tokens: string[];
  adAccounts: string[];
  failRate: number;
  seed: number;
  force: Force;
  rateLimitPerSecond: number;
  timeoutMs: number;
  maxEventAgeDays: number;
  maxRecorded: number;
  logStream?: { write(line: string): void };
  logLevel: string;
  now: () => number;
}

export const DEFAULT_TOKEN = 'emulator-token';
export const DEFAULT_AD_ACCOUNT = '549755885175';
export const FORCES: readonly Force[] = ['none', '429', '500', '503', 'timeout', 'reset'];

// Pinterest's ad_account_id path parameter: digits, at most 18.
const AD_ACCOUNT_ID = /^\d{1,18}$/;

export function checkFailRate(failRate: number): number {
  if (!(failRate >= 0 && failRate <= 1))
    throw new RangeError(`failRate must be between 0 and 1, got ${failRate}`);
  return failRate;
}

export function checkForce(force: string): Force {
  if (!(FORCES as readonly string[]).includes(force))
    throw new RangeError(`force must be one of ${FORCES.join(', ')}, got "${force}"`);
  return force as Force;
}

function nonNegative(name: string, value: number, integer = false): number {
  if (!(value >= 0) || !Number.isFinite(value) || (integer && !Number.isInteger(value)))
    throw new RangeError(`${name} must be a non-negative ${integer ? 'integer' : 'number'}, got ${value}`);
  return value;
}

export function resolveOptions(o: EmulatorOptions = {}): ResolvedOptions {
  const tokens = o.tokens?.length ? o.tokens : [DEFAULT_TOKEN];
  const adAccounts = o.adAccounts?.length ? o.adAccounts : [DEFAULT_AD_ACCOUNT];
  if (tokens.some((t) => t === '' || /\s/.test(t)))
    throw new RangeError('tokens must be non-empty, without spaces');
  const badAccount = adAccounts.find((a) => !AD_ACCOUNT_ID.test(a));
  if (badAccount !== undefined) throw new RangeError(`ad account "${badAccount}" is not 1 to 18 digits`);
  const port = nonNegative('port', o.port ?? 9191, true);
  if (port > 65535) throw new RangeError(`port must be at most 65535, got ${port}`);
  return {
    port,
    host: o.host ?? '127.0.0.1',
    tokens,
    adAccounts,
    failRate: checkFailRate(o.failRate ?? 0),
    seed: o.seed === undefined ? randomInt(2 ** 31) : nonNegative('seed', o.seed, true),
    force: checkForce(o.force ?? 'none'),
    rateLimitPerSecond: nonNegative('rateLimitPerSecond', o.rateLimitPerSecond ?? 0),
    timeoutMs: nonNegative('timeoutMs', o.timeoutMs ?? 60_000),
    maxEventAgeDays: nonNegative('maxEventAgeDays', o.maxEventAgeDays ?? 7),
    maxRecorded: nonNegative('maxRecorded', o.maxRecorded ?? 100_000, true),
    logStream: o.logStream,
    logLevel: o.logLevel ?? process.env.LOG_LEVEL ?? 'warn',
    now: o.now ?? Date.now,
  };
}
