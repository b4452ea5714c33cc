// Big answers are serialised slice by slice and streamed, with a yield to the event loop between slices (SPEC §10).
// The bytes are exactly JSON.stringify's; they are written into 64 KB buffers as they are made (json-chunks.ts).
import { Readable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { FastifyReply } from 'fastify';
import { ArrayWriter, ByteChunks } from './json-chunks';

/** A slice ends after this many entries or bytes (router batches are ~1.5 MB each): a few ms of work. */
const SLICE_ENTRIES = 500;
const SLICE_BYTES = 1_000_000;
const JSON_TYPE = 'application/json; charset=utf-8';

/** Serialises `entries` slice by slice. */
class Slices {
  private readonly out = new ByteChunks();
  private readonly entries: ArrayWriter;
  private ended = false;

  constructor(
    prefix: string,
    entries: readonly unknown[],
    private readonly suffix: string,
  ) {
    this.out.write(prefix);
    this.entries = new ArrayWriter(this.out, entries, 1);
  }

  get done(): boolean {
    return this.ended;
  }

  /** Lets the next answers reuse the buffers (once every byte taken is written out). */
  recycle(): void {
    this.out.recycle();
  }

  /** The bytes of the next slice; the last one ends with the suffix. */
  take(): Buffer[] {
    const start = this.out.size;
    for (let n = 0; !this.entries.done && n < SLICE_ENTRIES && this.out.size - start < SLICE_BYTES;)
      n += this.entries.step(SLICE_ENTRIES - n);
    if (this.entries.done) {
      this.out.write(this.suffix);
      this.ended = true;
    }
    return this.out.take();
  }
}

async function* rest(first: Buffer[], slices: Slices): AsyncGenerator<Buffer> {
  yield* first;
  while (!slices.done) {
    await yieldToLoop();
    yield* slices.take();
  }
}

/**
 * Sends `entries` as a JSON array, inside `{"<key>": …}` when `key` is given. An answer that fits one slice goes
 * out with a Content-Length; a bigger one is streamed slice by slice (chunked).
 */
export function sendJsonArray(reply: FastifyReply, entries: readonly unknown[], key?: string): FastifyReply {
  const prefix = key === undefined ? '[' : `{${JSON.stringify(key)}:[`;
  const slices = new Slices(prefix, entries, key === undefined ? ']' : ']}');
  void reply.type(JSON_TYPE);
  // 'finish': every byte is handed to the operating system (an aborted response's buffers are left to the GC).
  reply.raw.once('finish', () => slices.recycle());
  const first = slices.take();
  if (!slices.done) return reply.send(Readable.from(rest(first, slices), { objectMode: false }));
  if (first.length === 1) return reply.send(first[0]);
  void reply.header(
    'content-length',
    first.reduce((n, b) => n + b.length, 0),
  );
  return reply.send(Readable.from(first, { objectMode: false }));
}

/** Sends an answer whose bytes are already made (router-stream.ts); `written` runs once they are written out. */
export function sendBytes(reply: FastifyReply, buffers: Buffer[], bytes: number, written: () => void) {
  void reply.type(JSON_TYPE);
  void reply.header('content-length', bytes);
  reply.raw.once('finish', written);
  return reply.send(buffers.length === 1 ? buffers[0] : Readable.from(buffers, { objectMode: false }));
}
