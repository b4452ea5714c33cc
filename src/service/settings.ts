// The service's settings (SPEC §10): one zod schema over the environment, validated once at start.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import {
  MAX_SETTING_MS,
  RULES as DELIVERY_RULES,
  deliveryEnvShape,
  describeSettingIssue,
  envInteger,
  envPositive,
  limitsOf,
  setting,
  type DeliveryLimits,
} from '../destinations/pinterest_capi/delivery/settings';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const RULES = {
  ...DELIVERY_RULES,
  port: 'must be a whole number from 0 to 65535 (0: the OS picks a free port)',
  host: 'must be a host name or IP address without spaces',
  workers: 'must be auto or a whole number from 1 to 256',
  maxBodyMb: 'must be a number of megabytes > 0 and at most 512',
  ms: `must be a whole number of milliseconds from 1 to ${MAX_SETTING_MS}`,
  grace: `must be a whole number of milliseconds from 0 to ${MAX_SETTING_MS}`,
  logLevel: `must be one of ${LOG_LEVELS.join(', ')}`,
} as const;

const workers = z
  .string()
  .regex(/^(auto|\d+)$/, { error: RULES.workers })
  .transform((v) => (v === 'auto' ? availableParallelism() : Number(v)))
  .refine((n) => n >= 1 && n <= 256, { error: RULES.workers });

export const settingsSchema = z
  .object({
    PORT: setting(envInteger(RULES.port, 0, 65535), 9090),
    HOST: setting(z.string().regex(/^\S+$/, { error: RULES.host }), '0.0.0.0'),
    WORKERS: setting(workers, 1),
    MAX_BODY_MB: setting(envPositive(RULES.maxBodyMb, 512), 100),
    REQUEST_TIMEOUT_MS: setting(envInteger(RULES.ms, 1, MAX_SETTING_MS), 30_000),
    KEEP_ALIVE_TIMEOUT_MS: setting(envInteger(RULES.ms, 1, MAX_SETTING_MS), 72_000),
    SHUTDOWN_GRACE_MS: setting(envInteger(RULES.grace, 0, MAX_SETTING_MS), 30_000),
    LOG_LEVEL: setting(z.enum(LOG_LEVELS, { error: RULES.logLevel }), 'info'),
    ...deliveryEnvShape,
  })
  .transform((e) => ({
    port: e.PORT,
    host: e.HOST,
    workers: e.WORKERS,
    maxBodyMb: e.MAX_BODY_MB,
    maxJsonDepth: e.MAX_JSON_DEPTH,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
    pinterestApiBaseUrl: e.PINTEREST_API_BASE_URL.replace(/\/+$/, ''),
    delivery: limitsOf(e) as DeliveryLimits,
  }));

export type ServiceSettings = z.output<typeof settingsSchema>;

export class SettingsError extends Error {}

/** The settings from an environment; an invalid value throws a SettingsError whose message is one line. */
export function loadSettings(env: Record<string, string | undefined> = process.env): ServiceSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) throw new SettingsError(describeSettingIssue(env, parsed.error));
  return parsed.data;
}

/** Every setting at its default (for embedding and tests), with some overridden. */
export const settingsWith = (over: Partial<ServiceSettings> = {}): ServiceSettings => ({
  ...loadSettings({}),
  ...over,
});
