// Big answers are serialised entry by entry and streamed, with a yield to the event loop between slices (SPEC §10).
// The bytes are exactly JSON.stringify's: `[` + entries joined by `,` + `]`, no whitespace.
import { Readable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { FastifyReply } from 'fastify';

/** A slice ends after this many entries or characters (router batches are ~1.5 MB each): a few ms of work. */
const SLICE_ENTRIES = 500;
const SLICE_CHARS = 1_000_000;
const JSON_TYPE = 'application/json; charset=utf-8';

/** Serialises `entries` slice by slice. */
class Slices {
  private next = 0;
  constructor(
    private readonly prefix: string,
    private readonly entries: readonly unknown[],
    private readonly suffix: string,
  ) {}

  get done(): boolean {
    return this.next > this.entries.length;
  }

  /** The next slice of the text; the last one ends with the suffix. */
  take(): string {
    const { entries } = this;
    let text = this.next === 0 ? this.prefix : '';
    const stop = Math.min(this.next + SLICE_ENTRIES, entries.length);
    for (; this.next < stop && text.length < SLICE_CHARS; this.next += 1) {
      if (this.next > 0) text += ',';
      text += JSON.stringify(entries[this.next]) ?? 'null';
    }
    if (this.next === entries.length) {
      text += this.suffix;
      this.next += 1;
    }
    return text;
  }
}

async function* rest(first: string, slices: Slices): AsyncGenerator<string> {
  yield first;
  while (!slices.done) {
    await yieldToLoop();
    yield slices.take();
  }
}

/**
 * Sends `entries` as a JSON array, inside `{"<key>": …}` when `key` is given. An answer that fits one slice goes
 * out in one piece (with a Content-Length, as before); a bigger one is streamed slice by slice.
 */
export function sendJsonArray(reply: FastifyReply, entries: readonly unknown[], key?: string): FastifyReply {
  const prefix = key === undefined ? '[' : `{${JSON.stringify(key)}:[`;
  const slices = new Slices(prefix, entries, key === undefined ? ']' : ']}');
  void reply.type(JSON_TYPE);
  const first = slices.take();
  if (slices.done) return reply.send(first);
  return reply.send(Readable.from(rest(first, slices), { objectMode: false }));
}
