// Where an answer's parts lie in the output buffers of a ByteChunks writer: byte ranges, consecutive ones merged.

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

  clear(): void {
    this.bufs.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
    this.bytes = 0;
  }

  /** The spans' bytes, in order, appended to `out` (views, not copies). */
  appendTo(out: Buffer[]): void {
    for (let k = 0; k < this.bufs.length; k += 1)
      out.push((this.bufs[k] as Buffer).subarray(this.starts[k], this.ends[k]));
  }
}
