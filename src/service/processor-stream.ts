// /v0/destinations/:dest while the body arrives: each input of the body's array is transformed as soon as the body
// reader has cut it out, and its entries are written out as JSON at once (as router-stream.ts does for the router
// routes). The answer's bytes are exactly those of JSON.stringify of the entries the route answered before.
import { asTypedError, type BaseError } from '../destinations/pinterest_capi/errors';
import { processSync, statTags } from '../destinations/pinterest_capi';
import type { ProcessorInput } from '../destinations/pinterest_capi/types';
import { InputStream, type StreamedAnswer } from './input-stream';
import { ByteChunks, ByteSpans } from './output-bytes';

/** Where a processor input sits in the body: `[<here>]`. */
const INPUT_LEVEL = 2;

const isInput = (v: unknown): v is ProcessorInput => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The elements of a processor body's array, as the body reader cuts them out. */
export class ProcessorStream extends InputStream {
  private readonly bytes = new ByteChunks();
  private readonly entries = new ByteSpans();
  private count = 0;

  constructor(maxJsonDepth: number) {
    super(INPUT_LEVEL, maxJsonDepth);
  }

  private put(entry: unknown) {
    if (this.count > 0) this.bytes.writeTo(this.entries, ',');
    this.bytes.writeTo(this.entries, JSON.stringify(entry));
    this.count += 1;
  }

  /** One entry per request the input gives, or one for its failure (a message that is no object is the message). */
  protected take(raw: unknown, _index: number, early: BaseError | undefined): void {
    const input = (isInput(raw) ? raw : { message: raw }) as ProcessorInput;
    try {
      if (early) throw early;
      for (const request of processSync(input, this.now)) {
        this.put({ output: { ...request, userId: '' }, metadata: input.metadata, statusCode: 200 });
        this.tally.events(request.body.JSON.data);
      }
    } catch (e) {
      const error = asTypedError(e);
      this.tally.noEvent(error.status);
      this.put({
        metadata: input.metadata,
        statusCode: error.status,
        error: error.message,
        statTags: statTags(error, 'processor', input.destination),
      });
    }
  }

  finish(): StreamedAnswer {
    if (this.problem !== undefined) return { problem: this.problem };
    const buffers: Buffer[] = [Buffer.from('[')];
    this.entries.appendTo(buffers);
    buffers.push(Buffer.from(']'));
    return { buffers, bytes: this.entries.bytes + 2, tally: this.tally };
  }

  recycle(): void {
    this.bytes.recycle();
  }
}
