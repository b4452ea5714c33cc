// The streaming body reader fed in chunks, and the oracle it must agree with: secure-json-parse on the whole text
// (what Fastify's own parser does), both reduced to an outcome that compares as JSON text.
import sjson from 'secure-json-parse';
import { BodyProblem, JsonBodyReader } from '../../src/service/json-body';

/** Reads `text` in chunks cut at the given byte offsets. */
export function readInChunks(text: string, cuts: number[] = [], limit = 64) {
  const bytes = Buffer.from(text, 'utf8');
  const reader = new JsonBodyReader(limit);
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
