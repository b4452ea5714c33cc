// JSON.stringify's exact bytes, written piece by piece into 64 KB buffers: no string or buffer the size of a whole
// answer is made. V8 puts strings over 128 KB in its large-object space, and fresh pages are slow to touch (on the
// bench machine a 1.5 MB JSON.stringify result took longer to flatten, measure and encode than to build; see
// docs/performance.md). Big arrays are stringified a group of elements at a time, objects on the way to them member
// by member; everything else is one JSON.stringify call.
import type { ByteSpans } from './byte-spans';

const CHUNK_BYTES = 65_536;
/** A group of array elements is sized to make about this many characters. */
const PIECE_CHARS = 16_384;
const MAX_GROUP = 4096;
/** Objects and arrays this deep are stringified whole (and a cycle throws, as JSON.stringify does). */
const MAX_DEPTH = 12;
const COMMA = 0x2c;
/** Written-out CHUNK_BYTES buffers kept for the next answers (4 MB): about two router answers of 1,000 events. */
const SPARE_CHUNKS = 64;

/**
 * Buffers of answers already written, for the next ones: a fresh buffer's pages are slow to touch, on the bench
 * machine about five times as slow as writing into a used one (docs/performance.md, "HTTP path, session 2").
 */
const spare: Buffer[] = [];

/** Output buffers; every write fits in the current one, so the bytes of one write are contiguous. */
export class ByteChunks {
  private buf: Buffer;
  private at = 0;
  private from = 0;
  private readonly ready: Buffer[] = [];
  /** Spare-sized buffers this writer has used, whole (`ready` holds views of them). */
  private readonly used: Buffer[] = [];
  /** Bytes written so far. */
  size = 0;

  /** @param pieceChars how many characters a group of array elements is sized to make (small values in tests) */
  constructor(
    readonly pieceChars = PIECE_CHARS,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {
    this.buf = this.fresh(chunkBytes);
  }

  /**
   * Hands this writer's buffers to the next answers. Only once nothing reads the buffers `take` returned any more
   * (the response is written out); the writer is spent after it.
   */
  recycle(): void {
    for (const b of this.used.splice(0)) if (spare.length < SPARE_CHUNKS) spare.push(b);
  }

  /** Writes `text` (UTF-8); returns its length in bytes. */
  write(text: string): number {
    const room = this.buf.length - this.at;
    if (room < text.length * 3) {
      const need = Buffer.byteLength(text);
      if (room < need) this.next(need);
    }
    const n = this.buf.write(text, this.at);
    this.at += n;
    this.size += n;
    return n;
  }

  /** Writes `text` (UTF-8) and adds where its bytes lie to `spans`. */
  writeTo(spans: ByteSpans, text: string): void {
    const n = this.write(text);
    spans.add(this.buf, this.at - n, this.at);
  }

  /**
   * Writes the text of an array of some elements (`[a,b]`) as elements that continue an array: its `[` becomes the
   * `,` after the previous element and its `]` is dropped (both are one byte, in the current buffer).
   */
  writeContinuation(arrayText: string): void {
    const n = this.write(arrayText);
    this.buf[this.at - n] = COMMA;
    this.at -= 1;
    this.size -= 1;
  }

  /** The buffers written since the last call. */
  take(): Buffer[] {
    if (this.at > this.from) this.ready.push(this.buf.subarray(this.from, this.at));
    this.from = this.at;
    return this.ready.splice(0);
  }

  private next(need: number) {
    if (this.at > this.from) this.ready.push(this.buf.subarray(this.from, this.at));
    this.buf = this.fresh(Math.max(this.chunkBytes, need));
    this.at = 0;
    this.from = 0;
  }

  private fresh(bytes: number): Buffer {
    if (bytes !== CHUNK_BYTES) return Buffer.allocUnsafe(bytes);
    const b = spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    this.used.push(b);
    return b;
  }
}

const hasToJson = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function';

/** Arrays and plain objects without toJSON: walked here, in JSON.stringify's order. */
function walkable(v: unknown): v is object {
  if (v === null || typeof v !== 'object' || hasToJson(v)) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The text JSON.stringify gives `value` as the member `key` of its holder (toJSON sees the key), or undefined. */
function memberText(key: string, value: unknown): string | undefined {
  if (!hasToJson(value)) return JSON.stringify(value);
  const text = JSON.stringify({ [key]: value });
  return text === '{}' ? undefined : text.slice(JSON.stringify(key).length + 2, -1);
}

/** Writes the elements of an array step by step: the first element walked, then groups of about PIECE_CHARS. */
export class ArrayWriter {
  private next = 0;
  private group = 1;
  private walk = true;

  constructor(
    private readonly out: ByteChunks,
    private readonly array: readonly unknown[],
    private readonly depth: number,
  ) {}

  get done(): boolean {
    return this.next >= this.array.length;
  }

  /** Writes the next element or group, at most `max` elements; returns how many were written. */
  step(max = MAX_GROUP): number {
    const { out, array } = this;
    const from = this.next;
    const before = out.size;
    const end = Math.min(from + Math.min(this.group, max), array.length);
    if (this.walk || end - from === 1 || someToJson(array, from, end)) {
      if (from > 0) out.write(',');
      putElement(out, array, from, this.depth);
      this.next = from + 1;
    } else {
      out.writeContinuation(JSON.stringify(array.slice(from, end)));
      this.next = end;
    }
    const each = (out.size - before) / (this.next - from);
    // Elements as big as a piece are walked (a batch of events); smaller ones are stringified in groups.
    this.walk = each >= out.pieceChars;
    this.group = Math.max(1, Math.min(MAX_GROUP, Math.floor(out.pieceChars / Math.max(each, 1))));
    return this.next - from;
  }
}

function someToJson(array: readonly unknown[], from: number, end: number): boolean {
  for (let i = from; i < end; i += 1) if (hasToJson(array[i])) return true;
  return false;
}

function putElement(out: ByteChunks, array: readonly unknown[], index: number, depth: number) {
  const value = array[index];
  if (depth < MAX_DEPTH && walkable(value)) putWalkable(out, value, depth + 1);
  else out.write(memberText(String(index), value) ?? 'null');
}

function putObject(out: ByteChunks, object: Record<string, unknown>, depth: number) {
  out.write('{');
  let first = true;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (depth < MAX_DEPTH && walkable(value)) {
      out.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      putWalkable(out, value, depth + 1);
    } else {
      const text = memberText(key, value);
      if (text === undefined) continue;
      out.write(`${first ? '' : ','}${JSON.stringify(key)}:${text}`);
    }
    first = false;
  }
  out.write('}');
}

function putWalkable(out: ByteChunks, value: object, depth: number) {
  if (!Array.isArray(value)) return putObject(out, value as Record<string, unknown>, depth);
  out.write('[');
  const elements = new ArrayWriter(out, value, depth);
  while (!elements.done) elements.step();
  out.write(']');
}

/** Writes exactly what JSON.stringify(value) gives (nothing for a value it gives undefined for). */
export function putJson(out: ByteChunks, value: unknown): void {
  if (walkable(value)) putWalkable(out, value, 1);
  else {
    const text = JSON.stringify(value) as string | undefined;
    if (text !== undefined) out.write(text);
  }
}
