// How the CLI words an input that could not be transformed: long values cut, and what to do about a missing time.
import type { ProcessorInput } from '../destinations/pinterest_capi';
import { clipEventValues } from './clip';

const TIME_FIELDS = ['timestamp', 'originalTimestamp', 'sentAt'] as const;

/** True when the message carries none of the fields event_time is read from. */
export function hasNoTime(message: unknown): boolean {
  if (message === null || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  return TIME_FIELDS.every((k) => m[k] === undefined || m[k] === null || m[k] === '');
}

export const FILL_TIMESTAMP_HINT =
  'the event has no timestamp: add one, or pass --fill-timestamp to stamp events without one with the current time';

/**
 * The message to print for a failed input. An event without any time field fails whatever else is wrong with it
 * (Pinterest needs event_time), so the hint is given whenever such an event is rejected (--fill-timestamp has
 * already stamped the events it applies to).
 */
export function failureMessage(
  input: ProcessorInput,
  error: { message: string; status?: number },
  maxValueChars: number,
): string {
  const text = clipEventValues(error.message, input?.message, maxValueChars);
  if (error.status === 298 || !hasNoTime(input?.message)) return text;
  return `${text} (${FILL_TIMESTAMP_HINT})`;
}
