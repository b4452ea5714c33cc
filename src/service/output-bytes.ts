// An answer's bytes off V8's heap: texts written as UTF-8 into 64 KB buffers as they are made, and where each part
// of the answer lies in them. Written-out buffers are kept for the next answers: a fresh buffer's pages are slow to
// touch, on the bench machine about five times as slow as writing into a used one (docs/performance.md, "HTTP
// path, session 2").

const CHUNK_BYTES = 65_536;
/** Written-out CHUNK_BYTES buffers kept for the next answers (4 MB): about two router answers of 1,000 events. */
const SPARE_CHUNKS = 64;
const spare: Buffer[] = [];

/** Byte ranges of the buffers of a ByteChunks writer, consecutive ones merged: one part of an answer. */
export class ByteSpans {
  private readonly bufs: Buffer[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Bytes in all spans. */
  bytes = 0;

  /** Adds `buf[start, end)`; a range that continues the last one extends it. */
  add(buf: Buffer, start: number, end: number): void {
    const last = this.bufs.length - 1;
    if (last >= 0 && this.bufs[last] === buf && this.ends[last] === start) this.ends[last] = end;
    else {
      this.bufs.push(buf);
      this.starts.push(start);
      this.ends.push(end);
    }
    this.bytes += end - start;
  }

  /** The spans' bytes, in order, appended to `out` (views, not copies). */
  appendTo(out: Buffer[]): void {
    for (let k = 0; k < this.bufs.length; k += 1)
      out.push((this.bufs[k] as Buffer).subarray(this.starts[k], this.ends[k]));
  }
}

/** Output buffers; every text written fits in one of them, so its bytes are contiguous. */
export class ByteChunks {
  private buf: Buffer;
  private at = 0;
  /** Spare-sized buffers this writer has used (spans hold views of them). */
  private readonly used: Buffer[] = [];

  /** @param chunkBytes the size of a buffer (small values in tests) */
  constructor(private readonly chunkBytes = CHUNK_BYTES) {
    this.buf = this.fresh(chunkBytes);
  }

  /** Writes `text` (UTF-8) and adds where its bytes lie to `spans`. */
  writeTo(spans: ByteSpans, text: string): void {
    const room = this.buf.length - this.at;
    if (room < text.length * 3) {
      const need = Buffer.byteLength(text);
      if (room < need) {
        this.buf = this.fresh(Math.max(this.chunkBytes, need));
        this.at = 0;
      }
    }
    const n = this.buf.write(text, this.at);
    spans.add(this.buf, this.at, this.at + n);
    this.at += n;
  }

  /**
   * Hands this writer's buffers to the next answers. Only once nothing reads the views its spans gave any more (the
   * answer is written out); the writer is spent after it.
   */
  recycle(): void {
    for (const b of this.used.splice(0)) if (spare.length < SPARE_CHUNKS) spare.push(b);
  }

  private fresh(bytes: number): Buffer {
    if (bytes !== CHUNK_BYTES) return Buffer.allocUnsafe(bytes);
    const b = spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    this.used.push(b);
    return b;
  }
}
