// An NDJSON events file → the host's inputs, transformed; every line ends up delivered-to-be, filtered or rejected.
import type { Destination, ProcessorInput } from '../destinations/pinterest_capi';
import { FILTERED_STATUS } from '../destinations/pinterest_capi/errors';
import { transformInputs, type Transformed } from '../destinations/pinterest_capi/router';
import { clip } from './clip';
import { failureMessage, hasNoTime } from './failures';
import { readNdjson } from './io';

/** A bare message gets the CLI's destination; a ProcessorInput keeps its own. */
export function toInput(value: unknown, destination: Destination, fillTimestamp = false): ProcessorInput {
  const input =
    value !== null && typeof value === 'object' && 'message' in value && 'destination' in value
      ? (value as ProcessorInput)
      : { message: value, metadata: {}, destination };
  // Sample files carry no timestamps (Pinterest rejects events older than 7 days): stamp them at send time.
  if (fillTimestamp && hasNoTime(input.message)) {
    input.message = { ...(input.message as object), timestamp: new Date().toISOString() };
  }
  return input;
}

export interface ReadOptions {
  events?: string;
  fillTimestamp: boolean;
  maxValueChars: number;
}

export interface Classified {
  inputs: number;
  done: Transformed[];
  /** One message per filtered input (status 298: intentionally not sent). */
  filtered: string[];
  /** One message per line that is not JSON or input that cannot become a Pinterest event. */
  rejected: string[];
}

/** Reads and transforms the whole file (stdin without a path); nothing is sent. */
export async function readAndTransform(destination: Destination, o: ReadOptions): Promise<Classified> {
  const inputs: ProcessorInput[] = [];
  const rejected: string[] = [];
  let lines = 0;
  for await (const line of readNdjson(o.events)) {
    lines += 1;
    if (line.error) rejected.push(clip(line.error, o.maxValueChars));
    else inputs.push(toInput(line.value, destination, o.fillTimestamp));
  }
  const { done, failed } = await transformInputs(inputs);
  const filtered: string[] = [];
  for (const f of failed) {
    const message = failureMessage(f.input, f.error, o.maxValueChars);
    (f.error.status === FILTERED_STATUS ? filtered : rejected).push(message);
  }
  return { inputs: lines, done, filtered, rejected };
}
