// `pinterest-capi transform`: events (bare messages or ProcessorInputs) → Pinterest request bodies on stdout.
import { processSync } from '../destinations/pinterest_capi';
import { FILTERED_STATUS } from '../destinations/pinterest_capi/errors';
import { clip } from './clip';
import { loadConfig } from './config';
import { failureMessage } from './failures';
import { toInput } from './inputs';
import { readNdjson } from './io';

export interface TransformOptions {
  config: string;
  events?: string;
  fillTimestamp: boolean;
  maxValueChars: number;
}

export async function transformCommand(o: TransformOptions): Promise<number> {
  const { Config } = loadConfig(o.config);
  const destination = { ID: 'cli', Config };
  let failed = 0;
  for await (const line of readNdjson(o.events)) {
    if (line.error) {
      failed += 1;
      process.stderr.write(`${clip(line.error, o.maxValueChars)}\n`);
      continue;
    }
    const input = toInput(line.value, destination, o.fillTimestamp);
    try {
      for (const request of processSync(input)) {
        process.stdout.write(`${JSON.stringify(request.body.JSON)}\n`);
      }
    } catch (e) {
      const err = e as Error & { status?: number };
      if (err.status !== FILTERED_STATUS) failed += 1;
      process.stderr.write(
        `line ${line.lineNo}: ${err.status ?? 500} ${failureMessage(input, err, o.maxValueChars)}\n`,
      );
    }
  }
  return failed === 0 ? 0 : 1;
}
