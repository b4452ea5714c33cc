// /routerTransform and /batch while the body arrives: each input is transformed as soon as the body reader has cut
// it out, and its events and metadata are written out as JSON at once. No input or event outlives its own step:
// kept to the request's end, they were copied by every minor GC meanwhile (docs/performance.md, "HTTP path,
// session 4"). The answer's bytes are exactly those of JSON.stringify({output: routerTransform(inputs)}), or of the
// bare array for /batch.
import type { ResolvedConfig } from '../destinations/pinterest_capi/config/resolve';
import type { BaseError } from '../destinations/pinterest_capi/errors';
import { batchOutput, failureOutput, joins, transformOne } from '../destinations/pinterest_capi/router';
import type { Feature } from '../destinations/pinterest_capi';
import type { Destination, ProcessorInput } from '../destinations/pinterest_capi/types';
import { InputStream, type StreamedAnswer } from './input-stream';
import { ByteChunks, ByteSpans } from './output-bytes';

/** Where a router input sits in the body: `{"input": [<here>]}`. */
const INPUT_LEVEL = 3;
const DATA = '"data":[';
const METADATA = '"metadata":[';

interface Batch {
  first: number;
  rc: ResolvedConfig;
  destination: Destination;
  count: number;
  members: number;
  events: ByteSpans;
  metadata: ByteSpans;
}

/** The elements of a router body's `input`, as the body reader cuts them out. */
export class RouterStream extends InputStream {
  private readonly open = new Map<string, Batch>();
  private readonly batches: Batch[] = [];
  private readonly failures: { index: number; text: string }[] = [];
  private readonly eventBytes = new ByteChunks();
  private readonly metadataBytes = new ByteChunks();
  private readonly out = new ByteChunks();

  constructor(
    private readonly feature: Feature,
    maxJsonDepth: number,
  ) {
    super(INPUT_LEVEL, maxJsonDepth);
  }

  protected take(input: unknown, index: number, early: BaseError | undefined): void {
    const one = transformOne(input as ProcessorInput, index, this.now, early);
    if (one.failed) {
      this.tally.noEvent(one.failed.error.status);
      this.failures.push({ index, text: JSON.stringify(failureOutput(one.failed, this.feature)) });
      return;
    }
    const { rc, events } = one.done;
    let batch = this.open.get(rc.batchKey);
    if (!batch || !joins(batch.count, batch.rc, rc, events.length)) {
      const destination = one.done.input.destination;
      batch = {
        first: index,
        rc,
        destination,
        count: 0,
        members: 0,
        events: new ByteSpans(),
        metadata: new ByteSpans(),
      };
      this.batches.push(batch);
      this.open.set(rc.batchKey, batch);
    }
    // The comma written on its own: no concatenated string to flatten per event.
    for (const event of events) {
      if (batch.count > 0) this.eventBytes.writeTo(batch.events, ',');
      this.eventBytes.writeTo(batch.events, JSON.stringify(event));
      batch.count += 1;
    }
    if (batch.members > 0) this.metadataBytes.writeTo(batch.metadata, ',');
    this.metadataBytes.writeTo(batch.metadata, JSON.stringify(one.done.input.metadata ?? {}));
    batch.members += 1;
    this.tally.events(events);
  }

  /** The answer: the entries of batches and failures in the order of their first input. */
  finish(wrap: boolean): StreamedAnswer {
    if (this.problem !== undefined) return { problem: this.problem };
    const buffers: Buffer[] = [];
    const put = (text: string) => {
      const piece = new ByteSpans();
      this.out.writeTo(piece, text);
      piece.appendTo(buffers);
    };
    put(wrap ? '{"output":[' : '[');
    let b = 0;
    let f = 0;
    for (let n = 0; b < this.batches.length || f < this.failures.length; n += 1) {
      const sep = n === 0 ? '' : ',';
      const batch = this.batches[b];
      const failure = this.failures[f];
      if (failure !== undefined && (batch === undefined || failure.index < batch.first)) {
        put(sep + failure.text);
        f += 1;
      } else if (batch !== undefined) {
        const envelope = JSON.stringify(batchOutput(batch.rc, [], [], batch.destination));
        const data = envelope.indexOf(`${DATA}]`) + DATA.length;
        const metadata = envelope.indexOf(`${METADATA}]`, data) + METADATA.length;
        put(sep + envelope.slice(0, data));
        batch.events.appendTo(buffers);
        put(envelope.slice(data, metadata));
        batch.metadata.appendTo(buffers);
        put(envelope.slice(metadata));
        b += 1;
      }
    }
    put(wrap ? ']}' : ']');
    this.tally.batches = this.batches.length;
    return { buffers, bytes: buffers.reduce((n, x) => n + x.length, 0), tally: this.tally };
  }

  recycle(): void {
    this.eventBytes.recycle();
    this.metadataBytes.recycle();
    this.out.recycle();
  }
}
