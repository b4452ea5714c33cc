// `pinterest-capi transform`: events (bare messages or ProcessorInputs) → Pinterest request bodies on stdout.
import { processSync } from '../destinations/pinterest_capi';
import type { ProcessorInput } from '../destinations/pinterest_capi/types';
import { readJsonFile, readNdjson } from './io';

/** A bare message gets the CLI's destination; a ProcessorInput keeps its own. */
export function toInput(
  value: unknown,
  destination: ProcessorInput['destination'],
  fillTimestamp = false,
): ProcessorInput {
  const input =
    value !== null && typeof value === 'object' && 'message' in value && 'destination' in value
      ? (value as ProcessorInput)
      : { message: value, metadata: {}, destination };
  const m = input.message as Record<string, unknown> | null;
  // Sample files carry no timestamps (Pinterest rejects events older than 7 days): stamp them at send time.
  if (fillTimestamp && m && typeof m === 'object' && !m.timestamp && !m.originalTimestamp && !m.sentAt) {
    input.message = { ...m, timestamp: new Date().toISOString() };
  }
  return input;
}

export async function transformCommand(
  configPath: string,
  eventsPath: string | undefined,
  fillTimestamp: boolean,
): Promise<number> {
  const Config = readJsonFile(configPath, 'config') as Record<string, unknown>;
  const destination = { ID: 'cli', Config };
  let failed = 0;
  for await (const line of readNdjson(eventsPath)) {
    if (line.error) {
      failed += 1;
      process.stderr.write(`${line.error}\n`);
      continue;
    }
    try {
      for (const request of processSync(toInput(line.value, destination, fillTimestamp))) {
        process.stdout.write(`${JSON.stringify(request.body.JSON)}\n`);
      }
    } catch (e) {
      const err = e as Error & { status?: number };
      if (err.status !== 298) failed += 1;
      process.stderr.write(`line ${line.lineNo}: ${err.status ?? 500} ${err.message}\n`);
    }
  }
  return failed === 0 ? 0 : 1;
}
