// The service's answer writer (SPEC §10: byte-identical JSON): for any value, with any piece and buffer sizes, the
// bytes are exactly JSON.stringify's, including what JSON.stringify leaves out (undefined, functions, symbols), what
// it calls (toJSON, with the key it would pass) and multi-byte characters cut by a buffer's end.
import fc from 'fast-check';
import { ArrayWriter, ByteChunks, putJson } from '../../src/service/json-chunks';

const written = (value: unknown, pieceChars?: number, chunkBytes?: number) => {
  const out = new ByteChunks(pieceChars, chunkBytes);
  putJson(out, value);
  const buffers = out.take();
  return { text: Buffer.concat(buffers).toString('utf8'), buffers, size: out.size };
};

// toJSON that depends on the key it is given, as JSON.stringify passes it (index in an array, name in an object).
const keyed = () => ({ toJSON: (key: string) => `toJSON(${key})` });
const text = fc.string({ unit: fc.constantFrom('a', '"', '\\', 'é', '😀', '\n', '\u2028', '\ud800') });
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(undefined, () => 1, Symbol('s'), new Date(0), new Number(2), new String('s')),
    fc.constant(null).map(keyed),
    fc.constant(null).map(() => ({ toJSON: () => undefined })),
    fc.array(tie('any'), { maxLength: 30 }),
    fc.dictionary(text, tie('any'), { maxKeys: 5 }),
    fc.dictionary(text, tie('any'), { maxKeys: 3 }).map((d) => Object.assign(Object.create(null), d)),
  ),
})).any;

it('writes exactly what JSON.stringify gives, for any value and any piece and buffer sizes', () => {
  fc.assert(
    fc.property(
      value,
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 1, max: 300 }),
      (v, piece, chunk) => {
        const expected = JSON.stringify(v) ?? '';
        const got = written(v, piece, chunk);
        expect(got.text).toBe(expected);
        expect(got.size).toBe(Buffer.byteLength(expected));
      },
    ),
    { numRuns: 2000 },
  );
});

it('gives toJSON the key JSON.stringify gives it, inside groups of elements too', () => {
  const array = Array.from({ length: 50 }, (_, i) => (i % 7 === 3 ? keyed() : i));
  const value = { list: array, one: keyed(), gone: { toJSON: () => undefined }, kept: [undefined] };
  expect(written(value, 8).text).toBe(JSON.stringify(value));
  expect(written(value, 8).text).toContain('"toJSON(10)"');
});

it('makes no buffer bigger than its chunk size unless one piece needs it', () => {
  const events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, hash: 'ab'.repeat(32), n: i }));
  const { buffers, text } = written({ output: [{ batch: { data: events } }] }, 1024, 4096);
  expect(text).toBe(JSON.stringify({ output: [{ batch: { data: events } }] }));
  expect(buffers.length).toBeGreaterThan(10);
  expect(Math.max(...buffers.map((b) => b.length))).toBeLessThanOrEqual(4096);
});

it('throws where JSON.stringify throws (a cycle, a BigInt)', () => {
  const cycle: Record<string, unknown> = { a: {} };
  (cycle.a as Record<string, unknown>).back = cycle;
  expect(() => JSON.stringify(cycle)).toThrow(TypeError);
  expect(() => written(cycle)).toThrow(TypeError);
  expect(() => written({ n: [1n] })).toThrow(TypeError);
});

it('writes an array step by step, at most the elements asked for', () => {
  const out = new ByteChunks(4);
  const steps = new ArrayWriter(out, [1, 2, 3, 4, 5, 6, 7], 1);
  out.write('[');
  const counts: number[] = [];
  while (!steps.done) counts.push(steps.step(2));
  out.write(']');
  expect(counts.every((n) => n >= 1 && n <= 2)).toBe(true);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(7);
  expect(Buffer.concat(out.take()).toString()).toBe('[1,2,3,4,5,6,7]');
});

it('hands its buffers to the next writer only once recycled', () => {
  const backing = (out: ByteChunks) => {
    out.write('x');
    return out.take().map((b) => b.buffer);
  };
  const first = new ByteChunks();
  const firstBuffers = backing(first);
  const second = new ByteChunks();
  const secondBuffers = backing(second);
  expect(secondBuffers[0]).not.toBe(firstBuffers[0]);
  first.recycle();
  const third = new ByteChunks();
  expect(backing(third)[0]).toBe(firstBuffers[0]);
  // What a writer already took stays its own: the third writer does not get the second's buffer.
  expect(backing(new ByteChunks())[0]).not.toBe(secondBuffers[0]);
});
