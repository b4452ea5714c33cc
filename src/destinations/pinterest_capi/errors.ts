// Every error `process` can raise, typed by cause (integrations-lib classes), with its one-sentence message.
// Deep import: the package index also loads its HTTP clients and SDKs, which cost ~0.5 s at start-up.
import {
  BaseError,
  ConfigurationError as LibConfigurationError,
  InstrumentationError as LibInstrumentationError,
  TransformationError,
} from '@rudderstack/integrations-lib/build/errors';

export { BaseError, TransformationError };

/**
 * Builds an error without capturing a stack trace. These errors are expected answers to bad input, not bugs, and
 * capturing the stack costs more than transforming a whole event (bench/error-cost.mjs measures both).
 */
export function withoutStack<T>(build: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return build();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `Base` whose instances capture no stack trace (as withoutStack; a subclass must call `super` directly). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin pattern requires any[]
function stackless<B extends new (...args: any[]) => Error>(Base: B) {
  return class extends Base {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    constructor(...args: any[]) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        super(...args);
      } finally {
        Error.stackTraceLimit = limit;
      }
    }
  };
}

// Subclasses, so `instanceof` the integrations-lib class (and the host's BaseError) holds, with the same tags.
export class InstrumentationError extends stackless(LibInstrumentationError) {}

export class ConfigurationError extends stackless(LibConfigurationError) {}

/** Status the host reads as "intentionally not sent" (SPEC §13). */
export const FILTERED_STATUS = 298;

export const messages = {
  notAnObject: () => 'message must be a JSON object',
  noType: () => 'message has no type',
  unsupportedType: (type: string) => `message type "${type}" is not supported by Pinterest Conversions API`,
  noEventName: () => 'track event has no event name: set "event" to a non-empty string',
  notMapped: (name: string) => `event "${name}" is not mapped to a Pinterest event`,
  noEventTime: () =>
    'event_time is missing or unparseable: set timestamp, originalTimestamp or sentAt to an ISO-8601 date',
  tooOld: (iso: string, days: number) => `event_time ${iso} is older than ${days} days; Pinterest rejects it`,
  inFuture: (iso: string) =>
    `event_time ${iso} is more than 5 minutes in the future; Pinterest rejects it (check the sender's clock)`,
  noEventId: (key: string) =>
    key === 'messageId'
      ? 'event_id is missing: set messageId on the event'
      : `event_id is missing: set ${key} (deduplicationKey) or messageId on the event`,
  noIdentifier: () => 'user_data needs em, hashed_maids, or both client_ip_address and client_user_agent',
  noConfig: () => 'destination config is missing: set adAccountId and accessToken',
  consentDenied: (category: string) => `consent denied for ${category}`,
} as const;

export const filtered = (name: string): BaseError =>
  withoutStack(() => new BaseError(messages.notMapped(name), FILTERED_STATUS));

/** The event denies a consent category the config requires (SPEC §6.6): intentionally not sent. */
export const consentFiltered = (category: string): BaseError =>
  new BaseError(messages.consentDenied(category), FILTERED_STATUS);

/** Anything that is not one of our typed errors is a bug: surfaced as 500 with its message, never a crash. */
export const asTypedError = (e: unknown): BaseError =>
  e instanceof BaseError ? e : new TransformationError(e instanceof Error ? e.message : String(e), 500);
