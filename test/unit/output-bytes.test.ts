// The answer's output buffers: any texts, written into buffers of any size as parts of an answer, give back each
// part's exact UTF-8 bytes (multi-byte characters never cut); buffers are reused only once recycled.
import fc from 'fast-check';
import { ByteChunks, ByteSpans } from '../../src/service/output-bytes';

const text = fc.string({ unit: fc.constantFrom('a', '"', '\\', 'é', '😀', '\n', '\u2028', '\ud800') });

it('gives back each part as the concatenation of its texts, in UTF-8, for any buffer size', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(2), text), { maxLength: 40 }),
      fc.integer({ min: 1, max: 64 }),
      (writes, chunkBytes) => {
        const out = new ByteChunks(chunkBytes);
        const parts = [new ByteSpans(), new ByteSpans(), new ByteSpans()];
        const expected = ['', '', ''];
        for (const [part, t] of writes) {
          out.writeTo(parts[part] as ByteSpans, t);
          expected[part] += t;
        }
        parts.forEach((spans, k) => {
          const buffers: Buffer[] = [];
          spans.appendTo(buffers);
          const bytes = Buffer.concat(buffers);
          expect(bytes.equals(Buffer.from(expected[k] as string, 'utf8'))).toBe(true);
          expect(spans.bytes).toBe(bytes.length);
        });
      },
    ),
    { numRuns: 500 },
  );
});

it('merges consecutive writes of a part into one view, and makes no buffer bigger than needed', () => {
  const out = new ByteChunks(4096);
  const spans = new ByteSpans();
  for (let i = 0; i < 2000; i += 1) out.writeTo(spans, 'ab'.repeat(32));
  const buffers: Buffer[] = [];
  spans.appendTo(buffers);
  // 128,000 bytes in 4,096-byte buffers of 64 texts each: one view per buffer.
  expect(buffers).toHaveLength(Math.ceil(2000 / 64));
  expect(Math.max(...buffers.map((b) => b.length))).toBeLessThanOrEqual(4096);
  const big = new ByteSpans();
  out.writeTo(big, 'x'.repeat(10_000));
  const alone: Buffer[] = [];
  big.appendTo(alone);
  expect(alone.map((b) => b.length)).toEqual([10_000]);
});

it('hands its buffers to the next writer only once recycled', () => {
  const backing = (out: ByteChunks) => {
    const spans = new ByteSpans();
    out.writeTo(spans, 'x');
    const views: Buffer[] = [];
    spans.appendTo(views);
    return views.map((b) => b.buffer);
  };
  const first = new ByteChunks();
  const firstBuffers = backing(first);
  const second = new ByteChunks();
  const secondBuffers = backing(second);
  expect(secondBuffers[0]).not.toBe(firstBuffers[0]);
  first.recycle();
  expect(backing(new ByteChunks())[0]).toBe(firstBuffers[0]);
  // What a writer holds stays its own: a new writer does not get the second's buffer.
  expect(backing(new ByteChunks())[0]).not.toBe(secondBuffers[0]);
});
