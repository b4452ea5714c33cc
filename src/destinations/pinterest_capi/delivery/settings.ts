// Delivery limits (SPEC §9 Bounds) and the environment rules they share with the service's settings (SPEC §10).
import { z } from 'zod';

export interface DeliveryLimits {
  /** Total deadline of one delivery: connect, headers and the whole answer (PINTEREST_TIMEOUT_MS). */
  timeoutMs: number;
  /** Largest answer read from Pinterest, in bytes (PINTEREST_MAX_RESPONSE_MB); a larger one is abandoned. */
  maxResponseBytes: number;
  /** Deepest nesting of an answer that is read as JSON (MAX_JSON_DEPTH); a deeper one counts as not JSON. */
  maxJsonDepth: number;
}

const MAX_MS = 2_147_483_647; // setTimeout's largest delay

/** Empty and unset are the same: `PORT=` in a compose file means "not set", never 0. */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

export const envInteger = (rule: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: rule })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: rule });

/** A decimal number > 0 (fractions allowed, e.g. 0.5), at most `max`. */
export const envPositive = (rule: string, max: number) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, { error: rule })
    .transform(Number)
    .refine((n) => n > 0 && n <= max, { error: rule });

export const envHttpUrl = (rule: string) =>
  z.string().refine(
    (v) => {
      try {
        const u = new URL(v);
        return (
          (u.protocol === 'http:' || u.protocol === 'https:') &&
          !u.username &&
          !u.password &&
          !u.search &&
          !u.hash
        );
      } catch {
        return false;
      }
    },
    { error: rule },
  );

/** A setting: unset or empty → its default, anything else must pass the rule. */
export const setting = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  z.preprocess(unsetIfEmpty, schema.optional()).transform((v) => (v === undefined ? fallback : v));

export const DELIVERY_DEFAULTS = { timeoutMs: 30_000, maxResponseMb: 4, maxJsonDepth: 256 } as const;

export const RULES = {
  timeout: `must be a whole number of milliseconds from 1 to ${MAX_MS}`,
  maxResponseMb: 'must be a number of megabytes > 0 and at most 1024',
  maxJsonDepth: 'must be a whole number from 2 to 1000',
  baseUrl: 'must be an http(s) URL without credentials, query or fragment, e.g. https://api.pinterest.com',
} as const;

/** The delivery settings' environment variables, as the service's schema uses them too. */
export const deliveryEnvShape = {
  PINTEREST_API_BASE_URL: setting(envHttpUrl(RULES.baseUrl), 'https://api.pinterest.com'),
  PINTEREST_TIMEOUT_MS: setting(envInteger(RULES.timeout, 1, MAX_MS), DELIVERY_DEFAULTS.timeoutMs),
  PINTEREST_MAX_RESPONSE_MB: setting(envPositive(RULES.maxResponseMb, 1024), DELIVERY_DEFAULTS.maxResponseMb),
  MAX_JSON_DEPTH: setting(envInteger(RULES.maxJsonDepth, 2, 1000), DELIVERY_DEFAULTS.maxJsonDepth),
};

export const MAX_SETTING_MS = MAX_MS;

/** One line naming the variable, the value and the rule (SPEC §10). */
export function describeSettingIssue(env: Record<string, unknown>, error: z.ZodError): string {
  const issue = error.issues[0] as z.core.$ZodIssue;
  const name = String(issue.path[0]);
  return `invalid setting ${name}=${JSON.stringify(env[name])}: ${issue.message}`;
}

export const limitsOf = (s: {
  PINTEREST_TIMEOUT_MS: number;
  PINTEREST_MAX_RESPONSE_MB: number;
  MAX_JSON_DEPTH: number;
}): DeliveryLimits => ({
  timeoutMs: s.PINTEREST_TIMEOUT_MS,
  maxResponseBytes: Math.floor(s.PINTEREST_MAX_RESPONSE_MB * 1024 * 1024),
  maxJsonDepth: s.MAX_JSON_DEPTH,
});

let cached: { key: string; settings: { limits: DeliveryLimits; baseUrl: string } } | undefined;

/**
 * Limits and base URL for library use (the module API, the host's networkHandler, the CLI): the environment,
 * validated again only when one of its variables changed. The service passes its own parsed settings instead.
 * An invalid value throws the one-line message.
 */
export function envDeliverySettings(): { limits: DeliveryLimits; baseUrl: string } {
  const env = process.env;
  const key = `${env.PINTEREST_API_BASE_URL}|${env.PINTEREST_TIMEOUT_MS}|${env.PINTEREST_MAX_RESPONSE_MB}|${env.MAX_JSON_DEPTH}`;
  if (cached?.key === key) return cached.settings;
  const parsed = z.object(deliveryEnvShape).safeParse(env);
  if (!parsed.success) throw new Error(describeSettingIssue(env, parsed.error));
  const settings = {
    limits: limitsOf(parsed.data),
    baseUrl: parsed.data.PINTEREST_API_BASE_URL.replace(/\/+$/, ''),
  };
  cached = { key, settings };
  return settings;
}
