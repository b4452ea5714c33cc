// The streaming body reader fed in chunks, and the oracle it must agree with: secure-json-parse on the whole text
// (what Fastify's own parser does), both reduced to an outcome that compares as JSON text.
import sjson from 'secure-json-parse';
import { JsonBodyReader, type ElementSink } from '../../src/service/json-body';
import { BodyProblem } from '../../src/service/json-piece';

/** Reads `text` in chunks cut at the given byte offsets. */
export function readInChunks(
  text: string,
  cuts: number[] = [],
  limit = 64,
  sinkFor?: (key: string | undefined) => ElementSink | undefined,
) {
  const bytes = Buffer.from(text, 'utf8');
  const reader = new JsonBodyReader(limit, sinkFor);
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    reader.write(bytes.subarray(from, cut));
    from = cut;
  }
  reader.write(bytes.subarray(from));
  return reader.end();
}

export type Outcome = { value: string } | { rejected: true };

export const outcome = (run: () => unknown): Outcome => {
  try {
    // JSON text of the value, so key order and -0 / 0 count too.
    return { value: JSON.stringify(run()) };
  } catch (e) {
    if (e instanceof BodyProblem || e instanceof SyntaxError) return { rejected: true };
    throw e;
  }
};

export const oracle = (text: string): Outcome =>
  outcome(() => sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));

/** An ElementSink that keeps what it is given. */
export class Collected implements ElementSink {
  readonly values: unknown[] = [];
  readonly tooDeep: boolean[] = [];
  add(value: unknown, tooDeep: boolean): void {
    this.values.push(value);
    this.tooDeep.push(tooDeep);
  }
}

/**
 * readInChunks with the elements of the top-level array and of every split array given to a sink: the value with
 * each sink put back as the array it took, which must be what reading without sinks gives.
 */
export function readCollecting(text: string, cuts: number[] = [], limit = 64) {
  const parsed = readInChunks(text, cuts, limit, () => new Collected());
  const value = parsed.value;
  if (value instanceof Collected) return value.values;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const member = object[key];
    if (member instanceof Collected) object[key] = member.values;
  }
  return object;
}
