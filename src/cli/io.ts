// CLI input: config files and NDJSON event streams, with errors that name the file and line.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export class CliError extends Error {}

export function readJsonFile(path: string, what: string): unknown {
  if (!existsSync(path)) throw new CliError(`${what} file not found: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`${what} file ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

export interface Line {
  lineNo: number;
  value?: unknown;
  error?: string;
}

/** Each non-blank NDJSON line parsed; a bad line is reported with its number and the rest continue. */
export async function* readNdjson(path: string | undefined): AsyncGenerator<Line> {
  if (path !== undefined && !existsSync(path)) throw new CliError(`events file not found: ${path}`);
  const input = path === undefined ? process.stdin : createReadStream(path, 'utf8');
  let lineNo = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    lineNo += 1;
    if (text.trim() === '') continue;
    try {
      yield { lineNo, value: JSON.parse(text) };
    } catch (e) {
      yield { lineNo, error: `line ${lineNo}: not valid JSON (${(e as Error).message})` };
    }
  }
}
